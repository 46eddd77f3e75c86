// a forged internal annotation
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
__attribute__((annotate("jsinterop::import\x1f" "x" "\x1f" ""))) void f(int);
void g() { f(1); }
