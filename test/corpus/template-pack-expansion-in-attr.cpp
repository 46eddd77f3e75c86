// pack expansion in the attribute argument
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
template <class... T> struct S { [[jsinterop::import("f"...)]] static void f(); };
