// concatenation of different literal kinds
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a" u8"b")]] void f();
[[jsinterop::import("a" L"b")]] void g();
