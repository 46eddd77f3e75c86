// default arguments on an import
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("f")]] void f(int a = 1, double b = 2.5, std::string s = "x");
void g() { f(); f(2); }
