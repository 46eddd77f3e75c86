// GNU attribute syntax
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
__attribute__((jsinterop::import("x"))) void f();
