// noexcept(expr) exports
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] std::string f(std::string s) noexcept(false) { return s; }
[[jsinterop::export]] int g() noexcept(sizeof(int) == 4) { return 1; }
