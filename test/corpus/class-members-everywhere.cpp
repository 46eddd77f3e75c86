// export on members of a class that is not exported, and on members out of line
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct NotExported {
  [[jsinterop::export]] NotExported() = default;
  [[jsinterop::export]] int f() const { return 1; }
  [[jsinterop::export]] int field = 0;
  [[jsinterop::export]] static int ok() { return 1; }
  int g() const;
};
[[jsinterop::export]] int NotExported::g() const { return 1; }
struct [[jsinterop::export]] Ex { int h() const; Ex(); };
[[jsinterop::export]] int Ex::h() const { return 1; }
[[jsinterop::export]] Ex::Ex() {}
