// compiled as C++17
// corpus-flags: -fsyntax-only -std=c++17
// corpus-also: -c -O2 -std=c++17
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(int);
[[jsinterop::export]] int g() { return 1; }
