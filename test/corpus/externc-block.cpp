// extern C block
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
extern "C" {
[[jsinterop::import("f")]] void f(int);
[[jsinterop::export]] int g(int a) { return a; }
}
