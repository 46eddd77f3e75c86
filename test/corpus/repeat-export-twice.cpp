// two exports
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export, jsinterop::export("x")]] int f() { return 1; }
