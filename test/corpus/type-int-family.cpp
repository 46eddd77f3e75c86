// every narrow integer
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(char a, signed char b, unsigned char c, short d, unsigned short e, unsigned f, long g, unsigned long h);
