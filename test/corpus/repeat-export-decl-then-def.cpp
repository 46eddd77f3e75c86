// export declared, defined, redeclared
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] int f(int);
int f(int a) { return a; }
[[jsinterop::export]] int f(int);
