// err_borrowed_task_parameter: a task export runs on after the call that started it returns (at its
// first co_await), when what JS passed for the call is gone; its parameters own their values.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using jsinterop::task;

// Every kind of borrowed parameter: the string views, and anything by const reference.
[[jsinterop::export]] task<int> a(std::string_view text) { co_return 0; } // expected-error {{parameter 'text' of 'a' is 'std::string_view' (aka 'basic_string_view<char>'), which refers to what JS passed for the call only, but 'a' returns a task that runs on after the call; take it by value as std::string}}
[[jsinterop::export]] task<void> b(std::u16string_view text) { co_return; } // expected-error {{parameter 'text' of 'b' is 'std::u16string_view' (aka 'basic_string_view<char16_t>'), which refers to what JS passed for the call only, but 'b' returns a task that runs on after the call; take it by value as std::u16string}}
[[jsinterop::export]] task<int> c(const std::string &text) { co_return 0; } // expected-error {{parameter 'text' of 'c' is 'const std::string &' (aka 'const basic_string<char> &'), which refers to what JS passed for the call only, but 'c' returns a task that runs on after the call; take it by value as std::string}}
[[jsinterop::export]] task<int> d(const std::u16string &text) { co_return 0; } // expected-error {{take it by value as std::u16string}}
[[jsinterop::export]] task<int> e(const std::string_view &text) { co_return 0; } // expected-error {{parameter 'text' of 'e' is 'const std::string_view &' (aka 'const basic_string_view<char> &'), which refers to what JS passed for the call only, but 'e' returns a task that runs on after the call; take it by value as std::string}}
[[jsinterop::export]] task<int> f(const int &n) { co_return n; } // expected-error {{parameter 'n' of 'f' is 'const int &', which refers to what JS passed for the call only, but 'f' returns a task that runs on after the call; take it by value as int}}
[[jsinterop::export]] task<int> g(const std::vector<int> &v) { co_return 0; } // expected-error {{take it by value as std::vector<int>}}
[[jsinterop::export]] task<int> h(const std::optional<std::string> &o) { co_return 0; } // expected-error {{take it by value as std::optional<std::string>}}
[[jsinterop::export]] task<int> i(const jsinterop::object &o) { co_return 0; } // expected-error {{take it by value as jsinterop::object}}
[[jsinterop::export]] task<int> j(const jsinterop::any &v) { co_return 0; } // expected-error {{take it by value as jsinterop::any}}
[[jsinterop::export]] task<int> k(const jsinterop::js_error &e) { co_return 0; } // expected-error {{take it by value as jsinterop::js_error}}
[[jsinterop::export]] task<int> l(const std::function<int(int)> &cb) { co_return 0; } // expected-error {{take it by value as std::function<int (int)>}}
[[jsinterop::export]] task<int> m(const jsinterop::array_segment<std::uint8_t> &s) { co_return 0; } // expected-error {{take it by value as jsinterop::array_segment<std::uint8_t>}}
[[jsinterop::export]] task<int> n(const std::chrono::system_clock::time_point &t) { co_return 0; } // expected-error {{take it by value as std::chrono::system_clock::time_point}}
[[jsinterop::export]] task<int> o([[jsinterop::marshal_as("bigint")]] const std::int64_t &v) { co_return 0; } // expected-error {{take it by value as std::int64_t}}
// Each borrowed parameter is reported, an unnamed one by its position; an owned one is not.
[[jsinterop::export]] task<int> p(int owned, std::string_view, const bool &flag) { co_return 0; } // expected-error {{parameter '#2' of 'p' is}} expected-error {{parameter 'flag' of 'p' is}}
// A static member function, and a result<T> in the task.
struct Api {
  [[jsinterop::export]] static task<jsinterop::result<int>> q(std::string_view s) { co_return 0; } // expected-error {{parameter 's' of 'Api::q' is}}
};

// Valid: the same by value in a task export; borrowed parameters of a synchronous export; an
// import that returns a task (JS reads its arguments during the call).
[[jsinterop::export]] task<int> ok1(std::string a, std::u16string b, std::vector<int> c, jsinterop::object d, jsinterop::any e, std::function<int(int)> f, jsinterop::array_segment<std::uint8_t> g, int h) { co_return 0; }
[[jsinterop::export]] int ok2(std::string_view a, const std::string &b, const jsinterop::object &c) { return 0; }
[[jsinterop::import("ok3")]] task<int> ok3(std::string_view a, const std::string &b, const std::vector<int> &c);
