// import on a friend member declaration
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct A { static void f(); };
struct S { [[jsinterop::import("f")]] friend void A::f(); };
