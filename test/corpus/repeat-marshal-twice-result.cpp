// two marshal_as on a result
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a"), jsinterop::marshal_as("bigint")]] [[jsinterop::marshal_as("string")]] std::int64_t f();
