// GNU syntax, unscoped name
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
__attribute__((import("x"))) void f();
