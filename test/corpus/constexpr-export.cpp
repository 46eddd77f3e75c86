// constexpr export
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] constexpr int f(int a) { return a * 2; }
static_assert(f(2) == 4);
