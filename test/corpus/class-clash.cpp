// members that clash by JS name
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] K {
  [[jsinterop::export]] K() = default;
  [[jsinterop::export]] K(int) {}
  [[jsinterop::export]] int f() const { return 1; }
  [[jsinterop::export]] int f(int) const { return 1; }
  [[jsinterop::export("x"), jsinterop::getter]] int x1() const { return 1; }
  [[jsinterop::export("x"), jsinterop::setter]] void x2(int) {}
  [[jsinterop::export("x"), jsinterop::getter]] int x3() const { return 1; }
  [[jsinterop::export("s")]] K(double) {}
  [[jsinterop::export("s")]] static int s2() { return 1; }
  [[jsinterop::export]] int g = 0;
  [[jsinterop::export("g")]] int g2() const { return 1; }
};
