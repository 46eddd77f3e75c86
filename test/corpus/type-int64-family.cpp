// 64-bit integers without marshal_as
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(long long a, unsigned long long b, std::int64_t c, std::uint64_t d);
