// err_export_wrong_decl on an alias at block scope: an alias exports a class template specialization
// only at namespace scope.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

template <class T> struct Stack {
  [[jsinterop::export]] Stack() {}
};
void f() {
  using Local [[jsinterop::export]] = Stack<double>; // expected-error {{not to an alias that does not name a class template specialization at namespace scope}}
}
