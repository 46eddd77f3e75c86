// marshal_as on a lambda parameter
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
auto l = []([[jsinterop::marshal_as("number")]] long long x) { return x; };
long long g() { return l(1); }
