// import in an unevaluated operand
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] std::string f();
constexpr auto n = sizeof(f());
static_assert(n > 0);
