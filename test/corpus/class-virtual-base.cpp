// an exported class with a virtual base
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct B { int x = 0; };
struct [[jsinterop::export]] C : virtual B { [[jsinterop::export]] int f() const { return x; } };
