// nested namespace definition with inline
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace a::inline b::c { [[jsinterop::export]] int f() { return 1; } }
