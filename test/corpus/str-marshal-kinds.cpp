// literal kinds in marshal_as
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f([[jsinterop::marshal_as(u8"bigint")]] std::int64_t v, [[jsinterop::marshal_as(L"number")]] std::int64_t w, [[jsinterop::marshal_as(R"(number)")]] std::int64_t x);
