// marshal_as only on the redeclaration
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(std::int64_t v);
void f([[jsinterop::marshal_as("bigint")]] std::int64_t v);
