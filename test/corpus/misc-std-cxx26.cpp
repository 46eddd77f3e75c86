// compiled as C++26
// corpus-flags: -fsyntax-only -std=c++2c
// corpus-also: -c -O2 -std=c++2c
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(std::string_view);
[[jsinterop::export]] std::string g() { return "x"; }
