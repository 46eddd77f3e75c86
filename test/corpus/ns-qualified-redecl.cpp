// qualified redeclaration at namespace scope
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace a { void f(int); }
[[jsinterop::import("f")]] void a::f(int);
