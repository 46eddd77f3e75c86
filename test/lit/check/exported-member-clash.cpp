// err_exported_member_clash, note_exported_member_here: each exported member of a class has its own
// JS name in its place: the constructor `new` runs, the prototype (methods, getters, setters, data
// members; a getter and a setter may share a name) or the class itself (named constructors, static
// member functions). C++ overloads need distinct JS names.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <string>

struct [[jsinterop::export]] TwoConstructors {
  [[jsinterop::export]] TwoConstructors() {} // expected-note {{'TwoConstructors::TwoConstructors' is exported here}}
  [[jsinterop::export]] TwoConstructors(int) {} // expected-error {{'TwoConstructors::TwoConstructors' and 'TwoConstructors::TwoConstructors' are both exported as the constructor of JS class TwoConstructors: give one of them another JS name with export("...")}}
};

namespace geo {
struct [[jsinterop::export]] Overloads {
  [[jsinterop::export]] void scale(double by) {} // expected-note {{'geo::Overloads::scale' is exported here}}
  [[jsinterop::export]] void scale(double x, double y) {} // expected-error {{'geo::Overloads::scale' and 'geo::Overloads::scale' are both exported as 'scale' of JS class geo.Overloads}}
  [[jsinterop::export("scaleXY")]] void scale(int x, int y) {} // valid: renamed
};
} // namespace geo

struct [[jsinterop::export("Named")]] Accessors {
  [[jsinterop::export("name"), jsinterop::getter]] std::string name() const { return ""; } // expected-note {{'Accessors::name' is exported here}}
  [[jsinterop::export("name"), jsinterop::setter]] void set_name(std::string) {} // valid: pairs with the getter
  [[jsinterop::export("name")]] int third() { return 1; } // expected-error {{'Accessors::name' and 'Accessors::third' are both exported as 'name' of JS class Named}}
};

struct [[jsinterop::export]] TwoGetters {
  [[jsinterop::export("size"), jsinterop::getter]] int size() const { return 1; } // expected-note {{'TwoGetters::size' is exported here}}
  [[jsinterop::export("size"), jsinterop::getter]] int count() const { return 1; } // expected-error {{'TwoGetters::size' and 'TwoGetters::count' are both exported as 'size' of JS class TwoGetters}}
};

struct [[jsinterop::export]] TwoSetters {
  [[jsinterop::export("size"), jsinterop::setter]] void resize(int) {} // expected-note {{'TwoSetters::resize' is exported here}}
  [[jsinterop::export("size"), jsinterop::setter]] void set_size(int) {} // expected-error {{'TwoSetters::resize' and 'TwoSetters::set_size' are both exported as 'size' of JS class TwoSetters}}
};

struct [[jsinterop::export]] DataMemberAndAccessor {
  [[jsinterop::export]] int size = 0; // expected-note {{'DataMemberAndAccessor::size' is exported here}}
  [[jsinterop::export("size"), jsinterop::setter]] void resize(int) {} // expected-error {{'DataMemberAndAccessor::size' and 'DataMemberAndAccessor::resize' are both exported as 'size' of JS class DataMemberAndAccessor}}
};

struct [[jsinterop::export]] NamedConstructorAndStatic {
  [[jsinterop::export("unit")]] NamedConstructorAndStatic(double side) {} // expected-error {{'NamedConstructorAndStatic::unit' and 'NamedConstructorAndStatic::NamedConstructorAndStatic' are both exported as 'unit' of JS class NamedConstructorAndStatic}}
  [[jsinterop::export]] static int unit() { return 1; } // expected-note {{'NamedConstructorAndStatic::unit' is exported here}}
};

struct [[jsinterop::export]] TwoNamedConstructors {
  [[jsinterop::export("square")]] TwoNamedConstructors(double side) {} // expected-note {{'TwoNamedConstructors::TwoNamedConstructors' is exported here}}
  [[jsinterop::export("square")]] TwoNamedConstructors(int side) {} // expected-error {{'TwoNamedConstructors::TwoNamedConstructors' and 'TwoNamedConstructors::TwoNamedConstructors' are both exported as 'square' of JS class TwoNamedConstructors}}
};

// Valid: one name in different places (a static, a named constructor and a method or a property
// may share a name, as a JS class's static and prototype members do), a getter/setter pair, an
// unnamed and a named constructor.
struct [[jsinterop::export]] Polygon {
  [[jsinterop::export]] Polygon() {}
  [[jsinterop::export("square")]] Polygon(double side) {}
  [[jsinterop::export("square")]] bool is_square() const { return true; }
  [[jsinterop::export]] static int count() { return 0; }
  [[jsinterop::export]] int count(int) const { return 0; }
  [[jsinterop::export("label"), jsinterop::getter]] std::string label() const { return ""; }
  [[jsinterop::export("label"), jsinterop::setter]] void set_label(std::string) {}
  [[jsinterop::export, jsinterop::setter]] void color(int) {}
  [[jsinterop::export("colour"), jsinterop::getter]] int color() const { return 0; }
};
