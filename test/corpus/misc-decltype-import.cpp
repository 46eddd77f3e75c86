// import in decltype
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] int f();
decltype(f()) x = 0;
using T = decltype(&f);
