// _Pragma inside the attribute macro
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#define DO _Pragma("clang diagnostic push") [[jsinterop::import("x")]] _Pragma("clang diagnostic pop")
DO void f();
