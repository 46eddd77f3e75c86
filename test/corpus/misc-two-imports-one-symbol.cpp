// same path from two functions
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace a { [[jsinterop::import("x")]] int f(int); }
namespace b { [[jsinterop::import("x")]] int f(int); }
int g() { return a::f(1) + b::f(2); }
