// export declarations in a module interface
// corpus-flags: -fsyntax-only -x c++-module
// corpus-also: -c -O2 -x c++-module
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
export module m;
export [[jsinterop::export]] int f() { return 1; }
export { [[jsinterop::import("a")]] void g(); }
export namespace n { [[jsinterop::export]] int h() { return 2; } }
