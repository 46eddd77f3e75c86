// conflicting return types
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] int f();
[[jsinterop::import("a")]] double f();
