// export names that are special in JS
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export("__proto__")]] int a() { return 1; }
[[jsinterop::export("constructor")]] int b() { return 1; }
[[jsinterop::export("default")]] int c() { return 1; }
[[jsinterop::export("a.b.c")]] int d() { return 1; }
