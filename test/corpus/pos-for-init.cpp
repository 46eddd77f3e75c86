// marshal_as on a loop variable
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
void g() { for ([[jsinterop::marshal_as("number")]] long long i = 0; i < 1; ++i) {} }
