// err_member_of_unexported_class: a constructor, a non-static member function or a data member is
// exported as a member of its JS class, which the class must be: [[jsinterop::export]] on the class; in
// a value object, whose fields all cross, the attribute has no place. (A static member function is an
// export of its own in any class.)
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <string>

namespace geo {
class Polygon {
public:
  [[jsinterop::export]] Polygon() {} // expected-error {{'geo::Polygon::Polygon' is exported as a member of 'geo::Polygon', which is not an exported class: mark the class [[jsinterop::export]]}}
  [[jsinterop::export("square")]] Polygon(double side) {} // expected-error {{'geo::Polygon::Polygon' is exported as a member of 'geo::Polygon', which is not an exported class}}
  [[jsinterop::export]] double area() const { return 0; } // expected-error {{'geo::Polygon::area' is exported as a member of 'geo::Polygon', which is not an exported class}}
  [[jsinterop::export, jsinterop::getter]] int size() const { return 0; } // expected-error {{'geo::Polygon::size' is exported as a member of 'geo::Polygon', which is not an exported class}}
  [[jsinterop::export]] std::string label; // expected-error {{'geo::Polygon::label' is exported as a member of 'geo::Polygon', which is not an exported class}}
  [[jsinterop::export]] static int count() { return 0; } // valid: a static member function is an export of its own
  double not_exported() const { return 0; }
};
} // namespace geo

// A value object's fields all cross; its members are not exported one by one.
struct [[jsinterop::value_object]] Point {
  [[jsinterop::export]] double x; // expected-error {{'Point::x' is exported as a member of 'Point', which is a value object, whose fields all cross: drop the attribute}}
  double y;
  [[jsinterop::export]] double length() const { return 0; } // expected-error {{'Point::length' is exported as a member of 'Point', which is a value object}}
};

struct Outer {
  struct Inner {
    [[jsinterop::export]] int value = 0; // expected-error {{'Outer::Inner::value' is exported as a member of 'Outer::Inner', which is not an exported class}}
  };
};

// Valid: the members of an exported class, and static member functions of any class.
struct [[jsinterop::export]] Counter {
  [[jsinterop::export]] Counter() {}
  [[jsinterop::export]] int next() { return ++count; }
  [[jsinterop::export]] int count = 0;
};
struct Tools {
  [[jsinterop::export]] static int twice(int x) { return 2 * x; }
};
