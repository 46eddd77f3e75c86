// trailing return types
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] auto f(int a) -> int;
[[jsinterop::import("b")]] auto g() -> std::string;
int h() { return f(1) + (int)g().size(); }
