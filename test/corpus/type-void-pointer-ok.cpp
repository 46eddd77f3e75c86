// void* both ways
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void *f(void *p);
[[jsinterop::export]] void *g(void *p) { return f(p); }
