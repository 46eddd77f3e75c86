// optional int64 with marshal_as
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a"), jsinterop::marshal_as("bigint")]] std::optional<std::int64_t> f([[jsinterop::marshal_as("number")]] std::optional<std::uint64_t> v);
