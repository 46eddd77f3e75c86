// err_result_of_task_or_function: a jsinterop::result holds a value, void or an array_segment; the
// JS runtime has no result of a promise or of a function, so a module with one would not load.
// RUN: %verify %s
// RUN: %verify -std=c++23 %s
#include <jsinterop/jsinterop.h>
#include <functional>

using jsinterop::result;
using jsinterop::task;

[[jsinterop::export]] result<task<int>> a(); // expected-error {{the return value of 'a' is a jsinterop::result of a task, which jsinterop does not support: return jsinterop::task<jsinterop::result<T>>, whose error is the promise's rejection}}
[[jsinterop::import("b")]] result<task<void>> b(); // expected-error {{the return value of 'b' is a jsinterop::result of a task}}
[[jsinterop::import("c")]] result<std::function<int(int)>> c(); // expected-error {{the return value of 'c' is a jsinterop::result of a function, which jsinterop does not support: a result holds a value, void or an array_segment}}
[[jsinterop::export]] result<std::function<void()>> d(); // expected-error {{the return value of 'd' is a jsinterop::result of a function}}
#if __cplusplus > 202002L
// std::expected<T, jsinterop::js_error>, which jsinterop::result is in C++23.
#include <expected>
[[jsinterop::import("e")]] std::expected<task<int>, jsinterop::js_error> e(); // expected-error {{the return value of 'e' is a jsinterop::result of a task}}
#endif
// Inside a callback's result, as in a task: what the callback or the promise gives is a value.
[[jsinterop::import("f")]] void f(std::function<result<std::function<void()>>()> cb); // expected-error {{parameter 'cb' of 'f' has 'std::function<void ()>' as the result of a callback, which jsinterop does not support}}

// Valid: a task of a result, a result of a value or of an array_segment, a callback returning a result.
[[jsinterop::export]] task<result<int>> ok1();
[[jsinterop::import("ok2")]] result<jsinterop::array_segment<int>> ok2();
[[jsinterop::import("ok3")]] void ok3(std::function<result<int>(int)> cb);
[[jsinterop::import("ok4")]] result<void> ok4();
