// redeclared with the same import
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f();
[[jsinterop::import("a")]] void f();
void g() { f(); }
