// nested names
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct O { struct I {}; using V = std::vector<int>; };
[[jsinterop::import("a")]] O::V f(O::I i);
