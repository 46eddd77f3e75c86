// export of a user-defined literal
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] int operator""_w([[jsinterop::marshal_as("number")]] unsigned long long v) { return (int)v; }
