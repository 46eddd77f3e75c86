// using prefix with a scoped name
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[using jsinterop: jsinterop::import("f")]] void f();
