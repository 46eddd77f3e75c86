// err_attr_wrong_decl: import and export apply to functions at namespace scope and static member
// functions only.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

[[jsinterop::import("x")]] int variable; // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a variable}}
[[jsinterop::export]] int exported_variable = 1; // expected-error {{'jsinterop::export' applies to a function at namespace scope or a static member function, not to a variable}}
struct [[jsinterop::export]] Class {}; // expected-error {{'jsinterop::export' applies to a function at namespace scope or a static member function, not to a type}}
enum class [[jsinterop::import("E")]] Enum { A }; // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a type}}

struct Members {
  [[jsinterop::export]] int method() { return 1; } // expected-error {{'jsinterop::export' applies to a function at namespace scope or a static member function, not to a non-static member function}}
  [[jsinterop::import("m")]] void imported_method(); // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a non-static member function}}
  [[jsinterop::export]] Members() {} // expected-error {{'jsinterop::export' applies to a function at namespace scope or a static member function, not to a constructor}}
  [[jsinterop::export]] ~Members() {} // expected-error {{'jsinterop::export' applies to a function at namespace scope or a static member function, not to a destructor}}
  [[jsinterop::export]] int field; // expected-error {{'jsinterop::export' applies to a function at namespace scope or a static member function, not to a data member}}

  // Valid: static member functions.
  [[jsinterop::export]] static int static_export() { return 1; }
  [[jsinterop::import("Members.imported")]] static int static_import();
};

// expected-warning@+1 {{an attribute specifier sequence in this position is a C++23 extension}}
auto lambda = [] [[jsinterop::export]] () { return 1; }; // expected-error {{'jsinterop::export' applies to a function at namespace scope or a static member function, not to a lambda}}

template <class T> [[jsinterop::export]] T identity(T x) { return x; } // expected-error {{'jsinterop::export' applies to a function at namespace scope or a static member function, not to a function template}}
template <class T> [[jsinterop::import("t")]] void imported_template(T); // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a function template}}

[[jsinterop::export]] int sum(int count, ...) { return count; } // expected-error {{'jsinterop::export' applies to a function at namespace scope or a static member function, not to a variadic function}}
[[jsinterop::import("console.log")]] void printf_like(const char *, ...); // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a variadic function}}

// Valid: functions at namespace scope, also in nested and anonymous namespaces.
[[jsinterop::export]] int at_global_scope() { return 1; }
namespace outer::inner {
[[jsinterop::export]] int nested() { return 1; }
[[jsinterop::import("Math.abs")]] double abs(double);
} // namespace outer::inner
namespace {
[[jsinterop::export]] int internal() { return 1; }
}
