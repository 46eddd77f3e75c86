// expressions
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a" + 1)]] void f();
[[jsinterop::import(sizeof(int))]] void g();
