// marshal_as inside std::function's signature
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
[[jsinterop::import("a")]] void f(std::function<void([[jsinterop::marshal_as("number")]] std::int64_t)> cb);
