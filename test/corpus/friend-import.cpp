// import on a friend declaration
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[jsinterop::import("f")]] friend void f(S); };
void g() { f(S()); }
