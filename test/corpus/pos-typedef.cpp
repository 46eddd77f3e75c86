// marshal_as on a typedef
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::marshal_as("number")]] typedef long long T;
