// optional 30 deep
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<std::optional<int>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> v);
