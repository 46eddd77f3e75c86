// marshal_as in a function pointer typedef
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
typedef void (*Cb)([[jsinterop::marshal_as("number")]] std::int64_t v);
[[jsinterop::import("a")]] void f(Cb cb);
