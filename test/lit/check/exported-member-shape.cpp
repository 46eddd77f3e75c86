// err_exported_member_shape: JS calls a member on the instance it keeps, an lvalue of the class: a
// member function that takes an explicit object parameter, or is qualified '&&' or 'volatile', cannot
// be called so; a volatile data member cannot be read and written as a property.
// RUN: %verify -std=c++23 %s
#include <jsinterop/jsinterop.h>

namespace geo {
struct [[jsinterop::export]] Polygon {
  [[jsinterop::export]] Polygon() {}
  [[jsinterop::export]] double area(this const Polygon &self) { return 0; } // expected-error {{'geo::Polygon::area' cannot be exported as a member of a JS class: it takes an explicit object parameter ('this')}}
  [[jsinterop::export]] Polygon release() && { return {}; } // expected-error {{'geo::Polygon::release' cannot be exported as a member of a JS class: it is qualified '&&'}}
  [[jsinterop::export]] int sides() const volatile { return 0; } // expected-error {{'geo::Polygon::sides' cannot be exported as a member of a JS class: it is qualified 'volatile'}}
  [[jsinterop::export]] volatile int flag = 0; // expected-error {{'geo::Polygon::flag' cannot be exported as a member of a JS class: it is volatile}}

  // Valid: const and '&' qualified member functions, a mutable data member.
  [[jsinterop::export]] double perimeter() const { return 0; }
  [[jsinterop::export]] void scale(double by) & {}
  [[jsinterop::export]] mutable int reads = 0;
};
} // namespace geo
