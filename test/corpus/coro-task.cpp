// jsinterop::task both ways
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] jsinterop::task<int> f() { co_return 1; }
[[jsinterop::import("a")]] jsinterop::task<int> g();
