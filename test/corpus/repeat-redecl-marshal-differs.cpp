// marshal_as differs between declarations
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f([[jsinterop::marshal_as("number")]] std::int64_t v);
void f([[jsinterop::marshal_as("bigint")]] std::int64_t v);
