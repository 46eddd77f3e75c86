// export in an unnamed struct
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct { [[jsinterop::export]] static int f() { return 1; } } s;
