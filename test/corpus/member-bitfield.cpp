// marshal_as on a bit-field
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[jsinterop::marshal_as("number")]] int a : 3; };
