// err_binding_not_at_run_time: a consteval or deleted function does not exist when the program
// runs, so it can be neither a JS import nor a JS export (it was silently not exported).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

[[jsinterop::export]] consteval int twice(int a) { return 2 * a; } // expected-error {{a jsinterop export must be a function that exists when the program runs, but 'twice' is consteval}}
[[jsinterop::export]] int gone() = delete; // expected-error {{a jsinterop export must be a function that exists when the program runs, but 'gone' is deleted}}
[[jsinterop::import("a")]] consteval int compile_time(); // expected-error {{a jsinterop import must be a function that exists when the program runs, but 'compile_time' is consteval}}
[[jsinterop::import("b")]] void removed() = delete; // expected-error {{a jsinterop import must be a function that exists when the program runs, but 'removed' is deleted}}
namespace n {
struct S {
  [[jsinterop::export]] static int member() = delete; // expected-error {{a jsinterop export must be a function that exists when the program runs, but 'n::S::member' is deleted}}
};
} // namespace n

// constexpr functions exist at run time too: valid.
[[jsinterop::export]] constexpr int fine(int a) { return a; }
