// with -fexceptions
// corpus-flags: -fsyntax-only -fexceptions
// corpus-also: -c -O2 -fexceptions
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] int g() { return 1; }
