// attribute after the declarator-id
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void f [[jsinterop::import("f")]] (int);
void g() { f(1); }
