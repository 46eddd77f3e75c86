// import on a friend redeclaring a namespace function
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void f(int);
struct S { [[jsinterop::import("f")]] friend void f(int); };
void g() { f(1); }
