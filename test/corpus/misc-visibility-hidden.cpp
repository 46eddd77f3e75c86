// hidden visibility
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] __attribute__((visibility("hidden"))) int f() { return 1; }
[[jsinterop::import("a")]] __attribute__((visibility("hidden"))) int g();
int h() { return g(); }
