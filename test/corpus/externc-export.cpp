// extern C export
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
extern "C" [[jsinterop::export]] int f(int a) { return a; }
