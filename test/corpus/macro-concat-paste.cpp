// token pasting in the attribute name
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#define CAT(a, b) a##b
[[jsinterop::CAT(im, port)("x")]] void f();
