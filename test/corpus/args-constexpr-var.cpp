// a constexpr variable
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
constexpr const char *P = "x";
[[jsinterop::import(P)]] void f();
