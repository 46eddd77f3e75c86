// bidi and zero-width characters in paths
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a‮b")]] void f();
[[jsinterop::export("​")]] int g() { return 1; }
