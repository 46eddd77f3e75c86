// import named like a libc builtin
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
extern "C" [[jsinterop::import("Math.abs")]] int abs(int);
int g(int x) { return abs(x); }
