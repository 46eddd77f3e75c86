// std::vector<bool>
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(std::vector<bool> a);
[[jsinterop::export]] std::vector<bool> g() { return {}; }
