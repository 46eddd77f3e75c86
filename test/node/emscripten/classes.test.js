// Exported classes and value objects in a program linked by emcc (docs/classes.md, docs/emscripten.md):
// the members' symbols are identifiers (emcc makes a JS name of each exported symbol), and instances,
// properties, statics, borrows, copies and dispose behave as with jsinterop-clang++. Skipped, saying
// why, without emcc.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { compileEmscripten, emcc, loadEmscripten, missing } from './toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <string>
#include <vector>

namespace geo {
struct [[jsinterop::value_object]] Point { double x, y; };

class [[jsinterop::export]] Polygon {
public:
  [[jsinterop::export]] explicit Polygon(std::vector<Point> points) : points_(std::move(points)) {}
  [[jsinterop::export("square")]] explicit Polygon(double side)
      : points_{{0, 0}, {side, 0}, {side, side}, {0, side}} {}
  [[jsinterop::export]] double area() const {
    double twice = 0;
    for (std::size_t i = 0; i < points_.size(); ++i) {
      const Point &a = points_[i], &b = points_[(i + 1) % points_.size()];
      twice += a.x * b.y - b.x * a.y;
    }
    return twice / 2;
  }
  [[jsinterop::export, jsinterop::getter]] int size() const { return static_cast<int>(points_.size()); }
  [[jsinterop::export]] std::string label;
  [[jsinterop::export]] Point first() const { return points_.front(); }
  [[jsinterop::export]] Polygon scaled(double by) const {
    Polygon copy = *this;
    for (Point &p : copy.points_) p = {p.x * by, p.y * by};
    return copy;
  }

private:
  std::vector<Point> points_;
};

[[jsinterop::export]] double total_area(const std::vector<Polygon> &all) {
  double sum = 0;
  for (const Polygon &p : all) sum += p.area();
  return sum;
}
} // namespace geo

int main() {}
`;

test('an exported class and a value object through emcc', { timeout: 300_000 }, async (t) => {
  if (!emcc) {
    console.warn(`SKIPPED: ${missing}`);
    t.skip(missing);
    return;
  }
  const { exports } = await loadEmscripten(compileEmscripten(source, 'classes-emscripten'));
  const { geo } = exports;
  const square = new geo.Polygon([{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 2, y: 2 }, { x: 0, y: 2 }]);
  assert.equal(square.area(), 4);
  assert.equal(square.size, 4);
  square.label = 'a square';
  assert.equal(square.label, 'a square');
  assert.deepEqual(square.first(), { x: 0, y: 0 });
  const big = square.scaled(10);
  assert.equal(big.area(), 400);
  assert.equal(geo.total_area([square, big, geo.Polygon.square(3)]), 413);
  big.dispose();
  assert.equal(big.isDisposed, true);
  assert.throws(() => big.area(), { name: 'TypeError', message: 'geo.Polygon.area: called on a disposed geo.Polygon' });
  assert.throws(() => geo.total_area([square, big]), TypeError);
  assert.throws(() => new geo.Polygon([{ x: 1 }]), /field 'y' is undefined/);
});
