// operators and conversions as exported members, named and not
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] N {
  [[jsinterop::export]] N() = default;
  [[jsinterop::export]] int operator()(int a) const { return a; }
  [[jsinterop::export("plus")]] N operator+(const N &o) const { return o; }
  [[jsinterop::export("truthy")]] explicit operator bool() const { return true; }
  [[jsinterop::export]] N &operator=(const N &) = default;
};
