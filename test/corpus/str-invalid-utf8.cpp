// invalid UTF-8 in the path
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a\xff\xfe")]] void f();
[[jsinterop::export("\xc3")]] int g() { return 1; }
void h() { f(); }
