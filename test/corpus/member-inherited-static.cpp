// static member called through a derived class
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct B { [[jsinterop::export]] static int f() { return 1; } };
struct D : B {};
int g() { return D::f(); }
