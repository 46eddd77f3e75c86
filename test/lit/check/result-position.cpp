// err_result_position: jsinterop::result<T> is only a return type (of an import or an export, or
// what a task resolves to), never a parameter, and never inside another type.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <optional>
#include <string>
#include <vector>

[[jsinterop::import("a")]] void take(jsinterop::result<int> r); // expected-error {{parameter 'r' of 'take' uses jsinterop::result, which is only a return type, and not inside another type}}
[[jsinterop::import("b")]] std::vector<jsinterop::result<int>> many(); // expected-error {{the return value of 'many' uses jsinterop::result, which is only a return type, and not inside another type}}
[[jsinterop::import("c")]] jsinterop::result<jsinterop::result<int>> twice(); // expected-error {{the return value of 'twice' uses jsinterop::result}}
[[jsinterop::import("d")]] std::optional<jsinterop::result<std::string>> maybe(); // expected-error {{the return value of 'maybe' uses jsinterop::result}}
[[jsinterop::export]] int give(const jsinterop::result<double> &) { return 0; } // expected-error {{parameter '#1' of 'give' uses jsinterop::result}}

// Valid: result as the whole return type.
[[jsinterop::import("ok1")]] jsinterop::result<int> ok1();
[[jsinterop::import("ok2")]] jsinterop::result<std::string> ok2(int x);
[[jsinterop::import("ok3")]] jsinterop::result<void> ok3();
[[jsinterop::export]] jsinterop::result<double> ok4() { return 1.0; }
