// typos in the attribute
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinteropp::import("a")]] void f();
[[jsinterop::imprt("a")]] void g();
[[jsinterop::Import("a")]] void h();
