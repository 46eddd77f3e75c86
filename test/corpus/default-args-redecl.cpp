// default argument added on redeclaration
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("f")]] void f(int a);
void f(int a = 3);
void g() { f(); }
