// u8 literals
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import(u8"console.log")]] void f(std::string_view);
[[jsinterop::import("a", u8"M")]] void g();
