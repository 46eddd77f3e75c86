// members named as what a JS class has for itself
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] R {
  [[jsinterop::export]] int constructor() const { return 1; }
  [[jsinterop::export]] int dispose = 0;
  [[jsinterop::export("isDisposed"), jsinterop::getter]] bool d() const { return false; }
  [[jsinterop::export]] static int prototype() { return 1; }
  [[jsinterop::export("__proto__")]] static int p() { return 1; }
  [[jsinterop::export("a.b")]] int dotted() const { return 1; }
};
