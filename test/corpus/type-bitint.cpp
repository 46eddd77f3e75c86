// _BitInt
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(_BitInt(37) a, unsigned _BitInt(8) b, _BitInt(64) c);
