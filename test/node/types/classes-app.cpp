// An exported class, a class without an exported constructor and a value object, compiled by
// classes-app.test.js with jsinterop-clang++, which writes classes-app.d.ts for classes-app-good.tsx.
#include <jsinterop/jsinterop.h>
#include <string>
#include <vector>
namespace geo {
struct [[jsinterop::value_object]] Point { double x, y; };

class [[jsinterop::export]] Polygon {
public:
  class [[jsinterop::export]] Vertex {
  public:
    [[jsinterop::export]] explicit Vertex(int index) : index_(index) {}
    [[jsinterop::export, jsinterop::getter]] int index() const { return index_; }
  private:
    int index_;
  };
  [[jsinterop::export]] explicit Polygon(std::vector<Point> points) : points_(std::move(points)) {}
  [[jsinterop::export("square")]] Polygon(double side) : points_{{0, 0}, {side, 0}, {side, side}, {0, side}} {}
  [[jsinterop::export]] double area() const {
    double twice = 0;
    for (std::size_t i = 0; i < points_.size(); ++i) {
      const Point &a = points_[i], &b = points_[(i + 1) % points_.size()];
      twice += a.x * b.y - b.x * a.y;
    }
    return twice < 0 ? -twice / 2 : twice / 2;
  }
  [[jsinterop::export]] void scale(double by) { for (auto &p : points_) { p.x *= by; p.y *= by; } }
  [[jsinterop::export]] static Polygon unit() { return Polygon(1.0); }
  [[jsinterop::export, jsinterop::getter]] int size() const { return int(points_.size()); }
  [[jsinterop::export("name"), jsinterop::getter]] std::string name() const { return name_; }
  [[jsinterop::export("name"), jsinterop::setter]] void set_name(std::string name) { name_ = std::move(name); }
  [[jsinterop::export]] std::string label;
  [[jsinterop::export]] Polygon scaled(double by) const { Polygon copy = *this; copy.scale(by); return copy; }
  [[jsinterop::export]] bool overlaps(const Polygon &other) const { return area() > 0 && other.area() > 0; }
  [[jsinterop::export]] Point corner(int index) const { return points_.at(std::size_t(index)); }
private:
  std::vector<Point> points_;
  std::string name_;
};

class [[jsinterop::export]] Shape {
public:
  [[jsinterop::export]] static Shape of(const Polygon *polygon) { return Shape(polygon != nullptr); }
  [[jsinterop::export, jsinterop::getter]] bool filled() const { return filled_; }
private:
  explicit Shape(bool filled) : filled_(filled) {}
  bool filled_;
};

[[jsinterop::export]] double total_area(const std::vector<Polygon> &all) {
  double sum = 0;
  for (const auto &p : all) sum += p.area();
  return sum;
}

// JS gets an instance and a value object from C++ through an import and a callback.
[[jsinterop::import("draw", "Canvas")]] void draw(const Polygon &shape, Point at);
[[jsinterop::export]] double draw_and_measure(const Polygon &shape, std::function<double(Polygon, Point)> measure) {
  draw(shape, shape.corner(1));
  return measure(shape, shape.corner(2));
}
}
