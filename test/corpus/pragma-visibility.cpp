// #pragma GCC visibility
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#pragma GCC visibility push(hidden)
[[jsinterop::export]] int f() { return 1; }
[[jsinterop::import("a")]] int g();
#pragma GCC visibility pop
int h() { return g(); }
