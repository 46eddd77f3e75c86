// a function declared through a function typedef
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
typedef void F(long long);
[[jsinterop::import("a")]] F f;
typedef int G(int, std::string);
[[jsinterop::import("b")]] G g;
int h() { return g(1, "x"); }
