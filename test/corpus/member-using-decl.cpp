// attribute on a using-declaration
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct B { static int f() { return 1; } };
struct D : B { [[jsinterop::export]] using B::f; };
