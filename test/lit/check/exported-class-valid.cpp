// Exported classes and value objects that compile without a diagnostic: the shapes of docs/classes.md.
// RUN: %verify %s
// expected-no-diagnostics
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace geo {
struct [[jsinterop::value_object]] Point {
  double x, y;
};
struct [[jsinterop::value_object]] Box {
  Point min, max;               // nested value objects
  std::vector<Point> corners;   // in a vector
  std::optional<Point> center;  // and an optional
  std::int64_t id = 0;          // a BigInt field
  std::uint64_t version = 0;
};

class [[jsinterop::export]] Polygon {
public:
  [[jsinterop::export]] explicit Polygon(std::vector<Point> points) : points_(std::move(points)) {}
  [[jsinterop::export("square")]] Polygon(double side) : points_{{0, 0}, {side, 0}, {side, side}, {0, side}} {}
  [[jsinterop::export("triangle")]] Polygon(Point a, Point b, Point c) : points_{a, b, c} {}
  [[jsinterop::export]] double area() const { return 0; }
  [[jsinterop::export]] void scale(double by) {}
  [[jsinterop::export]] static Polygon unit() { return Polygon(1.0); }
  [[jsinterop::export, jsinterop::getter]] int size() const { return static_cast<int>(points_.size()); }
  [[jsinterop::export("name"), jsinterop::getter]] std::string name() const { return name_; }
  [[jsinterop::export("name"), jsinterop::setter]] void set_name(std::string name) { name_ = std::move(name); }
  [[jsinterop::export]] std::string label;          // a property, read and written
  [[jsinterop::export]] const int sides = 0;        // read-only
  [[jsinterop::export]] Point anchor{};             // a value object property
  [[jsinterop::export]] Polygon scaled(double by) const { return *this; }
  [[jsinterop::export]] bool overlaps(const Polygon &other) const { return &other == this; }
  [[jsinterop::export]] void merge(Polygon &other) {}
  [[jsinterop::export]] bool contains(const Polygon *other) const { return other != nullptr; }
  [[jsinterop::export]] Box bounds() const { return {}; }
  [[jsinterop::export]] static jsinterop::task<double> area_later(Polygon self) { co_return self.area(); }

private:
  std::vector<Point> points_;
  std::string name_;
};

// An instance crosses by value or by reference in free functions, and copied inside other types.
[[jsinterop::export]] double total_area(const std::vector<Polygon> &all) { return 0; }
[[jsinterop::export]] std::optional<Polygon> first(std::vector<Polygon> all) { return std::nullopt; }
[[jsinterop::export]] void grow(Polygon &p) { p.scale(2); }
[[jsinterop::export]] bool is_null(Polygon *p) { return p == nullptr; }
[[jsinterop::import("ui.show")]] void show(const Polygon &p, Point at);
[[jsinterop::import("ui.pick")]] jsinterop::task<Polygon> pick(std::vector<Point> near);
[[jsinterop::import("ui.onPick")]] void on_pick(std::function<void(Polygon, Point)> listener);
} // namespace geo

// Classes nested in an exported class, exported or value objects, used by its members (geo.Mesh.Edge).
namespace geo {
struct [[jsinterop::export]] Mesh {
  struct [[jsinterop::export]] Edge {
    [[jsinterop::export]] Edge() {}
    [[jsinterop::export]] double length = 0;
  };
  struct [[jsinterop::value_object]] Vertex {
    double x, y, z;
  };
  [[jsinterop::export]] Mesh() {}
  [[jsinterop::export]] Edge edge(int i) const { return {}; }
  [[jsinterop::export]] Vertex vertex(int i) const { return {}; }
  [[jsinterop::export]] void add(const Edge &e, std::vector<Vertex> ends) {}
};
} // namespace geo

// A class with no exported constructor (instances come from C++ only) that cannot be copied: an
// instance result is built in place.
class [[jsinterop::export]] Registry {
public:
  Registry(const Registry &) = delete;
  [[jsinterop::export]] static Registry open() { return Registry(); }
  [[jsinterop::export]] int count() const { return 0; }

private:
  Registry() = default;
};
