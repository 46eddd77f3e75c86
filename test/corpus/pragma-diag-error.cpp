// unknown attribute as error
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#pragma clang diagnostic error "-Wunknown-attributes"
[[jsinterop::import("a")]] void f();
[[jsinterop::nosuch]] void g();
