// deduced return types of exports
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] auto f() { return 1; }
[[jsinterop::export]] auto g() { return std::string("x"); }
[[jsinterop::export]] decltype(auto) h() { return 1.5; }
