// unknown pragma
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#pragma jsinterop import
[[jsinterop::import("a")]] void f();
