// nested optionals
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(std::optional<std::optional<int>> a, std::vector<std::optional<int>> b, std::optional<std::vector<std::optional<int>>> c);
