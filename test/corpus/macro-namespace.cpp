// namespace from a macro
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#define NS jsinterop
[[NS::import("x")]] void f();
