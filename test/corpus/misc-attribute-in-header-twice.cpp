// header included twice
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <jsinterop/jsinterop.h>
#include <jsinterop/jsinterop.h>
[[jsinterop::import("a")]] void f();
