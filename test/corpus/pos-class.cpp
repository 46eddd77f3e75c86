// attribute on a class
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct [[jsinterop::export]] S { static int f() { return 1; } };
