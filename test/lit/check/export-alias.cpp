// err_export_wrong_decl, err_duplicate_export_path: a class template is exported by an alias at namespace
// scope that names one of its specializations (using Name [[jsinterop::export]] = Template<Arguments>;),
// not on the template itself; an alias of anything else, an alias template or a member alias exports
// nothing. One specialization is one JS class: a second alias of it is reported.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

template <class T> struct Stack {
  [[jsinterop::export]] Stack() {}
  [[jsinterop::export]] T top{};
};
template <class T> struct [[jsinterop::export]] Queue {}; // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to a class template (export a specialization with an alias: using Name [[jsinterop::export]] = Template<Arguments>;)}}
struct Plain {};
using PlainAlias [[jsinterop::export]] = Plain; // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to an alias that does not name a class template specialization at namespace scope}}
using Number [[jsinterop::export]] = int; // expected-error {{not to an alias that does not name a class template specialization at namespace scope}}
template <class T> using AnyStack [[jsinterop::export]] = Stack<T>; // expected-error {{not to an alias that does not name a class template specialization at namespace scope}}
struct Holder {
  using Inner [[jsinterop::export]] = Stack<char>; // expected-error {{not to an alias that does not name a class template specialization at namespace scope}}
};

namespace geo {
using IntStack [[jsinterop::export]] = Stack<int>;
using SameStack [[jsinterop::export]] = Stack<int>; // expected-error {{'geo::SameStack' is exported as}}

// Valid: an alias or a typedef of a specialization, renamed with export("...") or not.
using Floats [[jsinterop::export("FloatStack")]] = Stack<float>;
typedef Stack<double> DoubleStack [[jsinterop::export]];
[[jsinterop::export]] int depth(const IntStack &s) { return s.top; }
} // namespace geo
