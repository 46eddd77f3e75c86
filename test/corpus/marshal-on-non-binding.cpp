// marshal_as on functions that are no binding
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::marshal_as("number")]] long long f();
void g([[jsinterop::marshal_as("bigint")]] long long v) {}
long long h() { return f(); }
