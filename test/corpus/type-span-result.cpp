// span as result and inside
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <span>
[[jsinterop::import("a")]] std::span<int> f();
[[jsinterop::import("b")]] std::optional<std::span<int>> g();
[[jsinterop::import("c")]] void h(std::vector<std::span<int>> v);
