// attribute on a trailing return type
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
auto f() -> int [[jsinterop::import("f")]];
