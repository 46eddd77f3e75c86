// private module fragment
// corpus-flags: -fsyntax-only -x c++-module
// corpus-also: -c -O2 -x c++-module
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
export module m;
export [[jsinterop::import("a")]] int f();
module :private;
[[jsinterop::export]] int g() { return f(); }
