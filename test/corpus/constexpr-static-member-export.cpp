// constexpr static member export
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
struct S { [[jsinterop::export]] static constexpr int f() { return 3; } };
static_assert(S::f() == 3);
