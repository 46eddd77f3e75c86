// local function declarations
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void g() { [[jsinterop::import("a")]] void f(); [[jsinterop::export]] int h(); }
