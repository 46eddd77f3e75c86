// err_attr_wrong_decl, err_export_wrong_decl: import applies to functions at namespace scope and
// static member functions only; export also to a class and its members (member-of-unexported-class.cpp
// checks that the class is exported).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

[[jsinterop::import("x")]] int variable; // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a variable}}
[[jsinterop::export]] int exported_variable = 1; // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to a variable}}
enum class [[jsinterop::export]] ExportedEnum { A }; // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to a type}}
union [[jsinterop::export]] Union { int a; }; // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to a union}}
enum class [[jsinterop::import("E")]] Enum { A }; // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a type}}

struct [[jsinterop::export]] Members {
  [[jsinterop::import("m")]] void imported_method(); // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a non-static member function}}
  [[jsinterop::import("M")]] Members(int) {} // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a constructor}}
  [[jsinterop::export]] ~Members() {} // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to a destructor}}
  [[jsinterop::import("f")]] int field; // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a data member}}

  // Valid: an exported class's constructor, member functions and data members.
  [[jsinterop::export]] Members() {}
  [[jsinterop::export]] int method() { return 1; }
  [[jsinterop::export]] int exported_field = 0;

  // Valid: static member functions.
  [[jsinterop::export]] static int static_export() { return 1; }
  [[jsinterop::import("Members.imported")]] static int static_import();
};

// expected-warning@+1 {{an attribute specifier sequence in this position is a C++23 extension}}
auto lambda = [] [[jsinterop::export]] () { return 1; }; // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to a lambda}}

template <class T> [[jsinterop::export]] T identity(T x) { return x; } // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to a function template}}
template <class T> struct [[jsinterop::export]] Stack {}; // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to a class template}}
template <class T> [[jsinterop::import("t")]] void imported_template(T); // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a function template}}

[[jsinterop::export]] int sum(int count, ...) { return count; } // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to a variadic function}}
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
