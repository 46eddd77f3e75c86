// #pragma clang optimize off
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#pragma clang optimize off
[[jsinterop::export]] int f(int a) { return a; }
[[jsinterop::import("a")]] int g(int);
#pragma clang optimize on
int h() { return g(1); }
