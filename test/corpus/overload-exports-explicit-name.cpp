// two exports with one JS name
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export("same")]] int f(int a) { return a; }
[[jsinterop::export("same")]] int g(int a) { return a; }
