// import with an asm label
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("f")]] void f(int) __asm__("custom_name");
void g() { f(1); }
