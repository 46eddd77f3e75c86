// export in an inline namespace
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace a { inline namespace v1 { [[jsinterop::export]] int f() { return 1; } } }
