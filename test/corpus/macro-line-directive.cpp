// #line before an error
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#line 1000 "fake-header.h"
[[jsinterop::import("a..b")]] void f();
