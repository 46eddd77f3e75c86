// friend redeclaration of an import
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("f")]] void f(int);
struct S { friend void f(int); };
void g() { f(1); }
