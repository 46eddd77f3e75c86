// err_type_not_here: callbacks and tasks are valid as a whole parameter or result, not inside an
// optional or a vector, as what a task resolves to, or in a callback's own signature.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <functional>
#include <optional>
#include <vector>

[[jsinterop::import("a")]] void a(std::optional<std::function<void()>> cb); // expected-error {{parameter 'cb' of 'a' has 'std::function<void ()>' inside std::optional or std::vector, which jsinterop does not support}}
[[jsinterop::import("b")]] void b(std::vector<jsinterop::task<int>> t); // expected-error {{parameter 't' of 'b' has 'jsinterop::task<int>' inside std::optional or std::vector, which jsinterop does not support}}
[[jsinterop::import("c")]] void c(std::function<void(std::function<void()>)> cb); // expected-error {{parameter 'cb' of 'c' has 'std::function<void ()>' as a parameter of a callback, which jsinterop does not support}}
[[jsinterop::import("d")]] jsinterop::task<std::function<void()>> d(); // expected-error {{the return value of 'd' has 'std::function<void ()>' as what a task resolves to, which jsinterop does not support}}
[[jsinterop::import("e")]] void e(std::function<jsinterop::task<int>()> cb); // expected-error {{parameter 'cb' of 'e' has 'jsinterop::task<int>' as the result of a callback, which jsinterop does not support}}

// Valid: the whole parameter or result.
[[jsinterop::import("ok1")]] void ok1(std::function<int()> cb, std::function<double(double)> f);
[[jsinterop::import("ok2")]] jsinterop::task<int> ok2();
[[jsinterop::import("ok3")]] std::function<double(double)> ok3();
