// control characters and spaces in the module name
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a", "M\nN")]] void f();
[[jsinterop::import("a", " ")]] void g();
