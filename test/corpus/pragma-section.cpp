// #pragma clang section
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#pragma clang section text = ".mytext"
[[jsinterop::export]] int f() { return 1; }
