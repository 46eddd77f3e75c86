// alias attribute
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
extern "C" int impl() { return 1; }
[[jsinterop::export]] extern "C" int al() __attribute__((alias("impl")));
