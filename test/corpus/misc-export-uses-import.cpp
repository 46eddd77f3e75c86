// export calls import
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] std::string f(std::string_view s);
[[jsinterop::export]] std::string g(std::string s) { return f(s); }
