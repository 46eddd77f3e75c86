// a forged export annotation on a non-static member
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[clang::annotate("jsinterop::export\x1f" "")]] int f() { return 1; } };
int g() { return S().f(); }
