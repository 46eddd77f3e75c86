// two overloads import the same path
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("f")]] void f(int);
[[jsinterop::import("f")]] void f(double);
void g() { f(1); f(1.0); }
