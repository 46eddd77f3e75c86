// instances by reference and pointer in imports, results, callbacks and tasks
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
struct [[jsinterop::export]] A { [[jsinterop::export]] A() = default; };
[[jsinterop::import("f")]] void f(A &a);
[[jsinterop::import("g")]] void g(A *a);
[[jsinterop::import("h")]] A &h();
[[jsinterop::export]] A *r() { return nullptr; }
[[jsinterop::export]] const A &cr() { static A a; return a; }
[[jsinterop::export]] void cb(std::function<void(A &)> f) {}
[[jsinterop::export]] jsinterop::task<int> t(A &a) { co_return 1; }
[[jsinterop::export]] jsinterop::task<int> tp(A *a) { co_return 1; }
[[jsinterop::export]] void rr(A &&a) {}
[[jsinterop::export]] void vol(volatile A &a) {}
[[jsinterop::export]] void pp(A **a) {}
