// export on a friend definition
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[jsinterop::export]] friend int f(int a) { return a; } };
