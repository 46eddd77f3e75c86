// declspec syntax
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
__declspec(jsinterop::import("x")) void f();
