// embedded NUL
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a\0b")]] void f();
[[jsinterop::import("a", "M\0N")]] void g();
[[jsinterop::export("e\0f")]] int h() { return 1; }
