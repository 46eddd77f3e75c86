// void and discard in parameter positions
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f([[jsinterop::marshal_as("void")]] int a, [[jsinterop::marshal_as("discard")]] int b, [[jsinterop::marshal_as("array<void>")]] std::vector<int> c, [[jsinterop::marshal_as("promise<discard>")]] int d);
