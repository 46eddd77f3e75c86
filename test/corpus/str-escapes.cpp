// escapes: UCNs, tab, DEL
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("\x61.\u00e9\U0001F600")]] void f();
[[jsinterop::import("a\tb")]] void g();
[[jsinterop::import("\x7f")]] void h();
