// static member in a namespace in extern C++
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
extern "C++" { namespace n { struct S { [[jsinterop::export]] static int f() { return 1; } }; } }
