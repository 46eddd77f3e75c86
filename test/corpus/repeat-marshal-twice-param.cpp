// two marshal_as on one parameter
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f([[jsinterop::marshal_as("number"), jsinterop::marshal_as("bigint")]] std::int64_t v);
