// an export declared through a function typedef
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
typedef int G(int);
[[jsinterop::export]] G g;
int g(int a) { return a; }
