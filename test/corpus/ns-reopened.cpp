// namespace reopened, import redeclared
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace a { [[jsinterop::import("f")]] void f(); }
namespace a { void f(); void g() { f(); } }
