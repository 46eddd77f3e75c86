// export with a destructor in its body
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct G { ~G(); };
[[jsinterop::export]] int f() { G g; return 1; }
