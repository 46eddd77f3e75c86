// export then import on redeclarations
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] int f();
[[jsinterop::import("x")]] int f();
