// an exported class derived from an exported class, with virtual functions
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] Base {
  virtual ~Base() = default;
  [[jsinterop::export]] virtual int f() const { return 1; }
};
struct [[jsinterop::export]] Derived : Base {
  [[jsinterop::export]] Derived() = default;
  [[jsinterop::export("g")]] int f() const override { return 2; }
};
[[jsinterop::export]] int call(const Base &b) { return b.f(); }
