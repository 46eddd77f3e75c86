// returning function pointers
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void (*f())(int);
[[jsinterop::import("b")]] auto g() -> int (*)(int);
