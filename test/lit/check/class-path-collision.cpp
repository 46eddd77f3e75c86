// err_duplicate_export_path, note_exported_here: an exported class has a JS path as an export does; a
// function or another class at that path is reported.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

namespace geo {
struct [[jsinterop::export]] Polygon { // expected-note 2 {{'geo::Polygon' is exported here}}
  [[jsinterop::export]] Polygon() {}
};
[[jsinterop::export("Polygon")]] int polygon() { return 1; } // expected-error {{'geo::polygon' is exported as 'geo.Polygon', which 'geo::Polygon' already is}}
struct [[jsinterop::export("Polygon")]] Other { // expected-error {{'geo::Other' is exported as 'geo.Polygon', which 'geo::Polygon' already is}}
  [[jsinterop::export]] Other() {}
};
} // namespace geo

// Valid: a static member function and a free function at a path inside the class.
namespace shapes {
struct [[jsinterop::export]] Square {
  [[jsinterop::export]] static Square unit() { return {}; }
};
[[jsinterop::export("Square.of")]] Square of(double side) { return {}; }
} // namespace shapes
