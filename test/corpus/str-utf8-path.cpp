// non-ASCII path and module
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("globalThis.café.naïve")]] void f();
[[jsinterop::import("😀", "模块")]] void g();
void h() { f(); g(); }
