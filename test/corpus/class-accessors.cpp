// getters and setters of every shape, and import kinds on exported members
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] G {
  [[jsinterop::export, jsinterop::getter]] void nothing() const {}
  [[jsinterop::export, jsinterop::getter]] int withParam(int) const { return 1; }
  [[jsinterop::export, jsinterop::setter]] int returns(int) { return 1; }
  [[jsinterop::export, jsinterop::setter]] void none() {}
  [[jsinterop::export, jsinterop::getter, jsinterop::setter]] int both() const { return 1; }
  [[jsinterop::export, jsinterop::method]] int m() const { return 1; }
  [[jsinterop::export, jsinterop::constructor]] int c() const { return 1; }
  [[jsinterop::getter]] int notExported() const { return 1; }
  [[jsinterop::export]] jsinterop::task<int> later() const { co_return 1; }
  [[jsinterop::import("x")]] static int imp();
};
