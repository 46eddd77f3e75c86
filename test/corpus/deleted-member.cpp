// deleted static members
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[jsinterop::import("a")]] static void f() = delete; [[jsinterop::export]] static int g() = delete; };
