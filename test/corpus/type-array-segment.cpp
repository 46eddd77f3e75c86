// array_segment elements and as a result
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(jsinterop::array_segment<float> a, jsinterop::array_segment<bool> b, jsinterop::array_segment<std::int64_t> c);
[[jsinterop::export]] jsinterop::array_segment<std::uint8_t> g() { return {}; }
