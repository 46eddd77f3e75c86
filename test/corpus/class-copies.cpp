// instances copied in every position, of a class that cannot be copied
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] U {
  [[jsinterop::export]] U() = default;
  U(const U &) = delete;
  U(U &&) = default;
  [[jsinterop::export]] U fresh() const { return U(); }
  [[jsinterop::export]] void take(U u) {}
};
[[jsinterop::export]] void v(std::vector<U> u) {}
[[jsinterop::export]] void o(std::optional<U> u) {}
[[jsinterop::export]] jsinterop::task<U> t() { co_return U(); }
[[jsinterop::import("i")]] U i();
[[jsinterop::export]] void cb(std::function<U(U)> f) {}
