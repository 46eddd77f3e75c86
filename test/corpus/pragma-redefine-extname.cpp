// #pragma redefine_extname
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#pragma redefine_extname f g
extern "C" [[jsinterop::import("a")]] void f();
void h() { f(); }
