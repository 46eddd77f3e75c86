// extern C++ inside extern C
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
extern "C" { extern "C++" { [[jsinterop::export]] int f() { return 1; } } }
