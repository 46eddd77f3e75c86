// optional<vector<...>> 20 deep
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::optional<std::vector<std::string>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> v);
