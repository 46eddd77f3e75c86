// attribute on the out-of-line definition
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { static int f(); };
[[jsinterop::export]] int S::f() { return 1; }
