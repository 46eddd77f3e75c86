// nested classes
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
namespace a { struct B { struct C { [[jsinterop::export]] static int f() { return 1; } }; }; }
