// the `using jsinterop:` prefix
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[using jsinterop: import("f"), marshal_as("number")]] double f([[using jsinterop: marshal_as("bigint")]] std::int64_t v);
double g() { return f(1); }
