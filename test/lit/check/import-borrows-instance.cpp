// err_import_borrows_instance: an import that took an instance of an exported class by T& or T*
// would hand JS the C++ object itself, which JS could keep past the call (and C++ destroy under it).
// By value or by const reference, JS gets its own copy in a new instance. (An export's T& and T*
// parameters are fine: JS lends C++ an instance for the call.)
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

namespace geo {
struct [[jsinterop::export]] Polygon {
  [[jsinterop::export]] Polygon() {}
};
} // namespace geo

[[jsinterop::import("show")]] void show(geo::Polygon &shape); // expected-error {{parameter 'shape' of import 'show' is 'geo::Polygon &', which would lend JS an instance it could keep past the call: take it by value or by const reference (JS gets a copy)}}
[[jsinterop::import("maybe")]] void maybe(geo::Polygon *shape); // expected-error {{parameter 'shape' of import 'maybe' is 'geo::Polygon *', which would lend JS an instance it could keep past the call}}
[[jsinterop::import("peek")]] void peek(const geo::Polygon *shape); // expected-error {{parameter 'shape' of import 'peek' is 'const geo::Polygon *', which would lend JS an instance it could keep past the call}}
namespace ui {
[[jsinterop::import("ui.draw")]] void draw(int layer, geo::Polygon &shape); // expected-error {{parameter 'shape' of import 'ui::draw' is 'geo::Polygon &'}}
}

// Valid: an import takes a copy; an export borrows.
[[jsinterop::import("keep")]] void keep(geo::Polygon shape);
[[jsinterop::import("look")]] void look(const geo::Polygon &shape);
[[jsinterop::import("make")]] geo::Polygon make();
[[jsinterop::export]] void grow(geo::Polygon &shape) {}
[[jsinterop::export]] bool is_null(const geo::Polygon *shape) { return !shape; }
void use() {
  geo::Polygon p;
  keep(p);
  look(p);
  p = make();
}
