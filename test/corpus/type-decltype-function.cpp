// a function declared through decltype
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
int other(int, double);
[[jsinterop::import("a")]] decltype(other) f;
int h() { return f(1, 2.0); }
