// static import with strings
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("f")]] static std::string f(std::string_view s, std::vector<int> v);
std::string g() { return f("x", {}); }
