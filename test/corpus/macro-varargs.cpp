// variadic macro with zero, two and three arguments
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#define IMPORT(...) [[jsinterop::import(__VA_ARGS__)]]
IMPORT("a", "M") void f();
IMPORT() void g();
IMPORT("a", "b", "c") void h();
