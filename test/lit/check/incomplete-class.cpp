// note_incomplete_class: a binding whose type names a class only declared there cannot know whether it
// will be an exported class or a value object: the error on the type says so in a note. Define the
// class before the bindings that use it.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

class Polygon;
struct Point;
[[jsinterop::export]] void grow(Polygon &p); // expected-error {{parameter 'p' of 'grow' is 'Polygon &': take it by value or by const reference}} expected-note {{'Polygon' is incomplete here: an exported class or a value object must be defined before the bindings that use it}}
[[jsinterop::import("show")]] void show(const Polygon &p); // expected-error {{parameter 'p' of 'show' has type 'const Polygon', which jsinterop cannot pass to or from JS}} expected-note {{'Polygon' is incomplete here}} expected-note {{jsinterop passes:}}
[[jsinterop::export]] void pick(Polygon *p); // expected-error {{parameter 'p' of 'pick' has type 'Polygon *', which jsinterop cannot pass to or from JS}} expected-note {{'Polygon' is incomplete here}} expected-note {{jsinterop passes:}}
[[jsinterop::import("at")]] void at(const Point &p); // expected-error {{parameter 'p' of 'at' has type 'const Point'}} expected-note {{'Point' is incomplete here}} expected-note {{jsinterop passes:}}

class [[jsinterop::export]] Polygon {
public:
  [[jsinterop::export]] Polygon() {}
};
struct [[jsinterop::value_object]] Point {
  double x, y;
};
// Valid: after the definitions.
[[jsinterop::export]] void shrink(Polygon &p) {}
[[jsinterop::import("near")]] void near(const Polygon &p, Point at);
