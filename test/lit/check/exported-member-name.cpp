// err_exported_member_name: each exported member of a class needs one JS name the class can take.
// An operator or a conversion has no name JS can call; the prototype has constructor, dispose and
// isDisposed of its own, the class its prototype, and both __proto__; a name with a '.' is a path.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

namespace geo {
struct [[jsinterop::export]] Vector {
  [[jsinterop::export]] Vector() {}
  [[jsinterop::export]] bool operator==(const Vector &other) const { return true; } // expected-error {{'geo::Vector::operator==' has no name JS can call it by (an operator or a conversion): give it another with export("...")}}
  [[jsinterop::export]] explicit operator bool() const { return true; } // expected-error {{'geo::Vector::operator bool' has no name JS can call it by (an operator or a conversion)}}
  [[jsinterop::export]] double operator()(double t) const { return t; } // expected-error {{'geo::Vector::operator()' has no name JS can call it by (an operator or a conversion)}}
  [[jsinterop::export("equals")]] bool operator!=(const Vector &other) const { return false; } // valid: named

  [[jsinterop::export]] void dispose() {} // expected-error {{'geo::Vector::dispose' is exported as 'dispose', which the JS class has for itself: give it another with export("...")}}
  [[jsinterop::export("isDisposed"), jsinterop::getter]] bool empty() const { return true; } // expected-error {{'geo::Vector::empty' is exported as 'isDisposed', which the JS class has for itself}}
  [[jsinterop::export("constructor")]] int kind() const { return 0; } // expected-error {{'geo::Vector::kind' is exported as 'constructor', which the JS class has for itself}}
  [[jsinterop::export("__proto__")]] int parent = 0; // expected-error {{'geo::Vector::parent' is exported as '__proto__', which the JS class has for itself}}
  [[jsinterop::export]] static int prototype() { return 0; } // expected-error {{'geo::Vector::prototype' is exported as 'prototype', which the JS class has for itself}}
  [[jsinterop::export("prototype")]] Vector(double x) {} // expected-error {{'geo::Vector::Vector' is exported as 'prototype', which the JS class has for itself}}

  [[jsinterop::export("x.y")]] double length() const { return 0; } // expected-error {{'geo::Vector::length' is exported as 'x.y', which is not one name (it has a '.'): give it another with export("...")}}
  [[jsinterop::export("from.polar")]] Vector(double r, double phi) {} // expected-error {{'geo::Vector::Vector' is exported as 'from.polar', which is not one name (it has a '.')}}
  [[jsinterop::export("unit.x")]] static Vector unit_x() { return {}; } // expected-error {{'geo::Vector::unit_x' is exported as 'unit.x', which is not one name (it has a '.')}}
  [[jsinterop::export("data.x")]] double x = 0; // expected-error {{'geo::Vector::x' is exported as 'data.x', which is not one name (it has a '.')}}
};
} // namespace geo

// Valid: what the prototype reserves may name a static or a named constructor, and the reverse; the
// class's own JS name may have a '.' (it is a path, as a function's is).
struct [[jsinterop::export("shapes.Box")]] Box {
  [[jsinterop::export("dispose")]] static void dispose_all() {}
  [[jsinterop::export("constructor")]] Box(int) {}
  [[jsinterop::export("prototype")]] int proto() const { return 0; }
  [[jsinterop::export]] Box() {}
};
