// diagnostics pragmas do not silence errors
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#pragma clang diagnostic ignored "-Wunknown-attributes"
[[jsinterop::import("a..b")]] void f();
