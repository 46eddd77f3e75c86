// export on a forward declaration of a class, then its definition without it
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] A;
struct A { [[jsinterop::export]] int f() const { return 1; } };
[[jsinterop::export]] int use(A &a) { return a.f(); }
