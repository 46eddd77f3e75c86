// -O0 -g
// corpus-also: -c -O0 -g
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] std::string f(std::vector<int> v);
[[jsinterop::export]] std::string g(std::string s) { return f({1}) + s; }
