// views inside other types
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(std::vector<std::string_view> a, std::optional<std::string_view> b);
[[jsinterop::import("b")]] std::optional<std::string_view> g();
