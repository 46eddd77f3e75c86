// pmr containers
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <memory_resource>
[[jsinterop::import("a")]] void f(std::pmr::string s, std::pmr::vector<int> v);
