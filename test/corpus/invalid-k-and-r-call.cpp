// wrong calls of an import
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(int);
void g() { f(); f(1, 2); f("x"); }
