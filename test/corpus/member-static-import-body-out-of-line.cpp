// import with a body out of line
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[jsinterop::import("x")]] static int f(); };
int S::f() { return 1; }
