// undeclared types
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(Undeclared a);
[[jsinterop::import("b")]] Undeclared g();
[[jsinterop::import("c")]] void h(std::vector<Undeclared> a);
