// recursive deduced export
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] auto f(int n) { if (n == 0) return 1; return f(n - 1); }
