// bad marshal_as through a macro
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#define M(t) [[jsinterop::marshal_as(t)]]
[[jsinterop::import("x")]] void f(M("array<") std::int64_t v);
