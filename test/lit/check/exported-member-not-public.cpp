// err_exported_member_not_public: only public members of an exported class cross, its static member
// functions too; JS would reach a private or protected one that C++ code outside the class could not.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <string>

namespace geo {
class [[jsinterop::export]] Polygon {
  [[jsinterop::export]] Polygon(int sides) {} // expected-error {{'geo::Polygon::Polygon' is exported, but it is private: only public members cross}}
  [[jsinterop::export]] double area() const { return 0; } // expected-error {{'geo::Polygon::area' is exported, but it is private: only public members cross}}
  [[jsinterop::export]] std::string label; // expected-error {{'geo::Polygon::label' is exported, but it is private}}
  [[jsinterop::export]] static Polygon secret() { return {}; } // expected-error {{'geo::Polygon::secret' is exported, but it is private}}

protected:
  [[jsinterop::export]] void scale(double by) {} // expected-error {{'geo::Polygon::scale' is exported, but it is protected: only public members cross}}
  [[jsinterop::export, jsinterop::getter]] int size() const { return 0; } // expected-error {{'geo::Polygon::size' is exported, but it is protected}}
  [[jsinterop::export]] int sides = 0; // expected-error {{'geo::Polygon::sides' is exported, but it is protected}}
  [[jsinterop::export]] static int count() { return 0; } // expected-error {{'geo::Polygon::count' is exported, but it is protected}}

public:
  [[jsinterop::export]] Polygon() {}
  [[jsinterop::export]] double perimeter() const { return 0; }
};
} // namespace geo

// Valid: public members, also of a struct (public by default) and after a private section.
struct [[jsinterop::export]] Counter {
  [[jsinterop::export]] Counter() {}
  [[jsinterop::export]] int count = 0;

private:
  int hidden = 0;

public:
  [[jsinterop::export]] int next() { return ++count + hidden; }
};
