// static member of a union
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
union U { [[jsinterop::export]] static int f() { return 1; } int a; float b; };
