// err_value_object_wrong_decl: jsinterop::value_object marks a struct or class at namespace or class
// scope whose name a JS path can carry: not a function, a variable, an enum, a union, a class
// template (or a specialization of one), a local or an unnamed class.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

[[jsinterop::value_object]] int make(); // expected-error {{'jsinterop::value_object' applies to the definition of a struct or class, not to a function}}
[[jsinterop::value_object]] int variable; // expected-error {{'jsinterop::value_object' applies to the definition of a struct or class, not to a variable}}
enum class [[jsinterop::value_object]] Color { Red }; // expected-error {{'jsinterop::value_object' applies to the definition of a struct or class, not to a type}}
union [[jsinterop::value_object]] Number { int i; float f; }; // expected-error {{'jsinterop::value_object' applies to the definition of a struct or class, not to a union}}
template <class T> struct [[jsinterop::value_object]] Pair { T first, second; }; // expected-error {{'jsinterop::value_object' applies to the definition of a struct or class, not to a class template}}
template <> struct [[jsinterop::value_object]] Pair<int> { int first, second; }; // expected-error {{'jsinterop::value_object' applies to the definition of a struct or class, not to a class template}}
struct [[jsinterop::value_object]] { int a; } unnamed; // expected-error {{'jsinterop::value_object' applies to the definition of a struct or class, not to an unnamed class}}
void local() {
  struct [[jsinterop::value_object]] Local { int a; }; // expected-error {{'jsinterop::value_object' applies to the definition of a struct or class, not to a local class}}
}
struct Holder {
  [[jsinterop::value_object]] int member; // expected-error {{'jsinterop::value_object' applies to the definition of a struct or class, not to a data member}}
  [[jsinterop::value_object]] static int create(); // expected-error {{'jsinterop::value_object' applies to the definition of a struct or class, not to a function}}
};

// Valid: a struct or class at namespace scope or nested in a class.
namespace geo {
struct [[jsinterop::value_object]] Point { double x, y; };
class [[jsinterop::value_object]] Size {
public:
  double width, height;
};
} // namespace geo
struct Shapes {
  struct [[jsinterop::value_object]] Circle { geo::Point center; double radius; };
};
[[jsinterop::export]] Shapes::Circle circle(geo::Point center, geo::Size size) { return {center, size.width}; }
