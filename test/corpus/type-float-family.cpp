// _Float16, __bf16, long double
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(_Float16 a, __bf16 b, long double c);
