// cv-qualified results
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] const int f();
[[jsinterop::import("b")]] const std::string g();
[[jsinterop::import("c")]] volatile int h();
