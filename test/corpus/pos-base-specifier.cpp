// on a base specifier
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct B {};
struct D : [[jsinterop::export]] B {};
