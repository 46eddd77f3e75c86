// global module fragment
// corpus-flags: -fsyntax-only -x c++-module
// corpus-also: -c -O2 -x c++-module
module;
#include <jsinterop/jsinterop.h>
export module m;
export [[jsinterop::import("a")]] void f(std::string_view s);
export void g() { f("x"); }
