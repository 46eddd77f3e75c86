// an exported class nested in an exported class, and in a plain one
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] Outer {
  struct [[jsinterop::export]] Inner { [[jsinterop::export]] int f() const { return 1; } };
  [[jsinterop::export]] Inner inner() const { return {}; }
};
struct Plain { struct [[jsinterop::export("P")]] Inner { [[jsinterop::export]] Inner() = default; }; };
