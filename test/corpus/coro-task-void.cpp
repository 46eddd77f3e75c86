// task<void> awaiting an import
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] jsinterop::task<void> g();
[[jsinterop::export]] jsinterop::task<void> f() { co_await g(); }
