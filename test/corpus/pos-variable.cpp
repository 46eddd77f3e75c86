// attributes on variables
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("x")]] int v;
[[jsinterop::marshal_as("number")]] long long w;
