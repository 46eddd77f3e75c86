// with nodiscard and deprecated
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[nodiscard, jsinterop::import("f")]] int f();
[[deprecated("x")]] [[jsinterop::export]] int g() { return f(); }
int h() { return g(); }
