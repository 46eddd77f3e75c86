// a user-defined literal
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
using namespace std::literals;
[[jsinterop::import("a"sv)]] void f();
