// a closure type
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
auto l = [] {};
[[jsinterop::import("a")]] void f(decltype(l) a);
