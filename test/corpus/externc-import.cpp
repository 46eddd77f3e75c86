// extern C import
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
extern "C" [[jsinterop::import("f")]] void f(int);
void g() { f(1); }
