// on a structured binding
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct P { int a, b; };
void g() { [[jsinterop::marshal_as("number")]] auto [x, y] = P{1, 2}; }
