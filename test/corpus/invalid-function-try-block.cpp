// function-try-block with -fno-exceptions
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] int f() try { return 1; } catch (...) { return 0; }
