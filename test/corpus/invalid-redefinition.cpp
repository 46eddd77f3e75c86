// redefinition
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] int f() { return 1; }
[[jsinterop::export]] int f() { return 2; }
