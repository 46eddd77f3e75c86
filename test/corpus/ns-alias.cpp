// namespace alias
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace long_name { [[jsinterop::import("f")]] void f(); }
namespace ln = long_name;
void g() { ln::f(); }
