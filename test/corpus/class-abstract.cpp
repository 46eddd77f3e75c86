// an abstract exported class
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] I { [[jsinterop::export]] virtual int f() const = 0; };
[[jsinterop::export]] int call(const I &i) { return i.f(); }
