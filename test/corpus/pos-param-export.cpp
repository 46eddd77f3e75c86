// export on a parameter of an import
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("x")]] void f([[jsinterop::export]] int a);
