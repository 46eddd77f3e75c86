// five attributes
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] [[jsinterop::import("b")]] [[jsinterop::import("c")]] [[jsinterop::export]] [[jsinterop::marshal_as("number")]] void f();
