// errors inside a (fake) system header
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
# 1 "sys.h" 1 3
[[jsinterop::import("a..b")]] void f();
[[jsinterop::import("x")]] void g(long long);
# 4 "main.cpp" 2
