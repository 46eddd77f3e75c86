// attribute on the return type
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void [[jsinterop::import("f")]] f();
