// constexpr import in a constant expression
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] constexpr int f();
constexpr int x = f();
