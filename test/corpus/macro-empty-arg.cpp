// macro expanding to nothing as the argument
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#define E
[[jsinterop::import(E)]] void f();
