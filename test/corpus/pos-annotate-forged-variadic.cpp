// a forged import on a variadic function
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[clang::annotate("jsinterop::import\x1f" "x" "\x1f" "")]] void f(int, ...);
void g() { f(1, 2); }
