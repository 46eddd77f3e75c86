// marshal_as on a parameter pack
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class... T> [[jsinterop::import("f")]] void f([[jsinterop::marshal_as("number")]] T... xs);
void g() { f(1, 2); }
