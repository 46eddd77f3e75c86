// export in a named namespace inside an anonymous one
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace a { namespace { namespace b { [[jsinterop::export]] int f() { return 1; } } } }
