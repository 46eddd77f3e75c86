// module declaration in a plain .cpp
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
export module m;
[[jsinterop::export]] int f() { return 1; }
