// with -ftime-trace
// corpus-also: -c -O2 -ftime-trace -ftime-trace-granularity=0
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] int g() { return 1; }
