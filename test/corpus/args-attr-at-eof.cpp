// attribute at end of file
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void g();
[[jsinterop::import("x")]]
