// marshal_as on a void result
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a"), jsinterop::marshal_as("number")]] void f();
[[jsinterop::export, jsinterop::marshal_as("bigint")]] void g() {}
