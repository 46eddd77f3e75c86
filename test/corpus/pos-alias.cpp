// attribute on an alias
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
using T [[jsinterop::import("x")]] = int;
