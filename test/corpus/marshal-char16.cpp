// char16_t with marshal_as
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f([[jsinterop::marshal_as("number")]] char16_t c, char16_t d, [[jsinterop::marshal_as("bigint")]] char16_t e);
