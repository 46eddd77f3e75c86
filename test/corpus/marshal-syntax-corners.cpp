// marshal_as syntax corner cases
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(
[[jsinterop::marshal_as("")]] std::int64_t a,
[[jsinterop::marshal_as(" number ")]] std::int64_t b,
[[jsinterop::marshal_as("NUMBER")]] std::int64_t c,
[[jsinterop::marshal_as("array<")]] std::vector<int> d,
[[jsinterop::marshal_as("array<>")]] std::vector<int> e,
[[jsinterop::marshal_as(">")]] int g,
[[jsinterop::marshal_as("function<>")]] int h,
[[jsinterop::marshal_as("promise<number")]] int i,
[[jsinterop::marshal_as("number\0")]] int j,
[[jsinterop::marshal_as("array<number>>")]] std::vector<int> k,
[[jsinterop::marshal_as("function<,>")]] int l);
