// nested arrays with marshal_as
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f([[jsinterop::marshal_as("array<array<bigint>>")]] std::vector<std::vector<std::int64_t>> v);
[[jsinterop::import("b")]] void g([[jsinterop::marshal_as("array<array<number>>")]] std::vector<std::vector<int>> v);
