// non-ASCII identifiers
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void café(int ñ);
[[jsinterop::export]] int 名前(int 値) { return 値; }
namespace π { [[jsinterop::export]] double 値() { return 3.14; } }
void g() { café(1); }
