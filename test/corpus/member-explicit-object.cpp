// explicit object parameter
// corpus-flags: -fsyntax-only -std=c++23
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[jsinterop::export]] int f(this S self) { return 0; } };
