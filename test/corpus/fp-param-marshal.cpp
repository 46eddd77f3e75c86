// marshal_as on a parameter of a function pointer parameter
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(void (*cb)([[jsinterop::marshal_as("bigint")]] long long));
