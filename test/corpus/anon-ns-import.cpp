// import in an anonymous namespace
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace { [[jsinterop::import("f")]] int f(int); }
int g() { return f(1); }
