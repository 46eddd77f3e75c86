// va_list parameter
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <cstdarg>
[[jsinterop::import("f")]] void f(va_list ap);
