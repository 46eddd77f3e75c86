// block-scope extern before the import
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void g() { extern void f(); f(); }
[[jsinterop::import("a")]] void f();
