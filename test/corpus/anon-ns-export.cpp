// export in an anonymous namespace
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace { [[jsinterop::export]] int f(int a) { return a; } }
