// function type alias with marshal_as, declared through it
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
using Fn = void([[jsinterop::marshal_as("number")]] std::int64_t);
[[jsinterop::import("a")]] Fn f;
