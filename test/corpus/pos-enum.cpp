// attribute on an enum
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
enum [[jsinterop::import("x")]] E { a };
