// integer arguments
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import(42)]] void f();
[[jsinterop::import("a", 1)]] void g();
[[jsinterop::export(0)]] int h() { return 0; }
