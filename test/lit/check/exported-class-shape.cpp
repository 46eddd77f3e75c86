// err_exported_class_shape: a JS instance owns a complete T made with new and destroyed by dispose():
// no virtual base (its place in the object depends on the most derived class), not abstract, and a
// public destructor (not private, protected or deleted, nor deleted implicitly by a member or a base);
// not a typed handle, which crosses as its JS object.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

struct Base {
  int a = 0;
};
struct [[jsinterop::export]] VirtualBase : virtual Base { // expected-error {{'VirtualBase' cannot be exported as a JS class: it has a virtual base class, whose place in the object JS cannot know}}
  [[jsinterop::export]] VirtualBase() {}
};
struct [[jsinterop::export]] Abstract { // expected-error {{'Abstract' cannot be exported as a JS class: it is abstract: a JS instance owns a complete object}}
  virtual double area() const = 0;
};
struct Shape {
  virtual double area() const = 0;
};
struct [[jsinterop::export]] StillAbstract : Shape {}; // expected-error {{'StillAbstract' cannot be exported as a JS class: it is abstract}}
class [[jsinterop::export]] PrivateDestructor { // expected-error {{'PrivateDestructor' cannot be exported as a JS class: it has no public destructor, which dispose() runs}}
  ~PrivateDestructor() {}
};
class [[jsinterop::export]] ProtectedDestructor { // expected-error {{'ProtectedDestructor' cannot be exported as a JS class: it has no public destructor}}
protected:
  ~ProtectedDestructor() = default;
};
struct [[jsinterop::export]] DeletedDestructor { // expected-error {{'DeletedDestructor' cannot be exported as a JS class: it has no public destructor}}
  ~DeletedDestructor() = delete;
};
struct Undestroyable {
  ~Undestroyable() = delete;
};
struct [[jsinterop::export]] MemberUndestroyable { // expected-error {{'MemberUndestroyable' cannot be exported as a JS class: it has no public destructor}}
  Undestroyable member;
};
class Sealed {
  ~Sealed() {}
};
struct [[jsinterop::export]] DerivedFromSealed : Sealed {}; // expected-error {{'DerivedFromSealed' cannot be exported as a JS class: it has no public destructor}}
struct [[jsinterop::export]] Canvas : jsinterop::object { // expected-error {{'Canvas' cannot be exported as a JS class: it is a typed handle (a class derived from jsinterop::object), which crosses as its JS object}}
  using object::object;
  [[jsinterop::export]] int width() const { return 0; }
};
[[jsinterop::export]] void paint(Canvas c) {} // valid: a typed handle crosses as its JS object
namespace geo {
class [[jsinterop::export("Shape")]] Renamed { // expected-error {{'geo::Renamed' cannot be exported as a JS class: it is abstract}}
public:
  virtual void draw() = 0;
};
} // namespace geo

// Valid: a base class that is not virtual, virtual functions, a concrete class derived from an
// abstract one, a class with no exported member (instances come from C++ only), a final class.
struct [[jsinterop::export]] Square : Shape {
  [[jsinterop::export]] Square() {}
  [[jsinterop::export]] double area() const override { return side * side; }
  virtual ~Square() = default;
  double side = 1;
};
struct [[jsinterop::export]] FromBase : Base {
  [[jsinterop::export]] int twice() const { return 2 * a; }
};
struct [[jsinterop::export]] NoMembers {};
struct [[jsinterop::export]] Final final {
  [[jsinterop::export]] Final() {}
};
