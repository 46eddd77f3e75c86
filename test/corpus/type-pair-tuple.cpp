// pair and tuple
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <tuple>
#include <utility>
[[jsinterop::import("a")]] void f(std::pair<int, int> a, std::tuple<> b, std::tuple<int> c);
