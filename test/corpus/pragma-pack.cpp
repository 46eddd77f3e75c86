// #pragma pack
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#pragma pack(push, 1)
struct S { [[jsinterop::export]] static int f() { return 1; } char c; int i; };
#pragma pack(pop)
