// similar names in other scopes
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[gnu::import("f")]] void f();
[[clang::export]] void g();
[[jsinterop2::import("x")]] void h();
