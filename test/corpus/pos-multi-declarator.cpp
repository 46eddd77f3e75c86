// attributes on two declarators of one declaration
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void f [[jsinterop::import("f")]] (int), g [[jsinterop::import("g")]] (int);
void h() { f(1); g(2); }
