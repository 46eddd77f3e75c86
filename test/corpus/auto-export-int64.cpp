// deduced int64 result (fix-it location)
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] auto f() { return 1LL; }
