// 64-bit result without marshal_as
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] std::uint64_t f() { return 0; }
