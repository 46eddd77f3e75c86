// int64 default argument
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("f")]] void f([[jsinterop::marshal_as("bigint")]] std::int64_t a = -1);
void g() { f(); }
