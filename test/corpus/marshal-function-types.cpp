// marshal_as on std::function with int64
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
[[jsinterop::import("a")]] void f([[jsinterop::marshal_as("function<number, bigint>")]] std::function<std::int64_t(std::int64_t)> cb);
[[jsinterop::import("b")]] void g(std::function<std::int64_t(int)> cb);
