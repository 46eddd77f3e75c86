// Value objects end to end: a JS object with the struct's fields crosses to C++ (each field read once
// and checked by its wire type; a missing or mistyped field is a TypeError naming it), and C++ gives
// JS a new plain object in field order; 64-bit fields are bigints; nested, in vectors, optionals,
// tasks, callbacks and imports.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load } from '../async/helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>
using jsinterop::task;

namespace geo {
struct [[jsinterop::value_object]] Point { double x, y; };
struct [[jsinterop::value_object]] Tagged { std::string name; std::int64_t id; Point at; bool on; };

[[jsinterop::import("shift", "V")]] Point js_shift(Point p);

[[jsinterop::export]] double sum(Point p) { return p.x + p.y; }
[[jsinterop::export]] Point mid(const Point &a, const Point &b) { return {(a.x + b.x) / 2, (a.y + b.y) / 2}; }
[[jsinterop::export]] Tagged tag(std::string name) { return {name, (std::int64_t{1} << 53) + 1, {1, 2}, true}; }
[[jsinterop::export]] std::string show(const Tagged &t) {
  return t.name + ":" + std::to_string(t.id) + "@" + std::to_string(static_cast<int>(t.at.x)) + (t.on ? "+" : "-");
}
[[jsinterop::export]] std::vector<Point> line(int n) {
  std::vector<Point> points;
  for (int i = 0; i < n; ++i) points.push_back({double(i), double(2 * i)});
  return points;
}
[[jsinterop::export]] double total(const std::vector<Point> &points) {
  double t = 0;
  for (const Point &p : points) t += p.x + p.y;
  return t;
}
[[jsinterop::export]] std::optional<Point> maybe(bool yes) { if (yes) return Point{3, 4}; return std::nullopt; }
[[jsinterop::export]] task<Point> later() { co_return Point{5, 6}; }
[[jsinterop::export]] double through(std::function<Point(Point)> f) { Point p = f({1, 1}); return p.x * p.y; }
[[jsinterop::export]] double shifted(double x) { Point p = js_shift({x, 0}); return p.x + p.y; }
} // namespace geo

int main() {}
`;

let wasm;
before(async () => {
  wasm = await build(source, 'classes-value-objects');
});

test('JS -> C++: any object with the fields; C++ -> JS: a plain object in field order', async () => {
  const { exports, app } = await load(wasm);
  assert.equal(exports.geo.sum({ x: 1.5, y: 2 }), 3.5);
  assert.equal(exports.geo.sum({ y: 2, x: 1, extra: 'ignored' }), 3);
  assert.equal(exports.geo.sum(Object.assign(Object.create({ x: 10 }), { y: 1 })), 11);
  const mid = exports.geo.mid({ x: 0, y: 0 }, { x: 4, y: 2 });
  assert.deepEqual(mid, { x: 2, y: 1 });
  assert.deepEqual(Object.keys(mid), ['x', 'y']);
  assert.equal(Object.getPrototypeOf(mid), Object.prototype);
  assert.equal(app.liveHandles, 0);
});

test('nested value objects, strings, bools and 64-bit fields as bigint', async () => {
  const { exports, app } = await load(wasm);
  const tagged = exports.geo.tag('t');
  assert.deepEqual(tagged, { name: 't', id: 2n ** 53n + 1n, at: { x: 1, y: 2 }, on: true });
  assert.deepEqual(Object.keys(tagged), ['name', 'id', 'at', 'on']);
  assert.equal(exports.geo.show(tagged), 't:9007199254740993@1+');
  assert.equal(exports.geo.show({ name: 'n', id: -3n, at: { x: 7, y: 0 }, on: false }), 'n:-3@7-');
  assert.equal(app.liveHandles, 0);
});

test('each field is read once', async () => {
  const { exports } = await load(wasm);
  let reads = 0;
  const point = {
    get x() {
      reads++;
      return reads === 1 ? 1 : 'changed';
    },
    y: 2,
  };
  assert.equal(exports.geo.sum(point), 3);
  assert.equal(reads, 1);
});

test('a missing or mistyped field, or not an object: a TypeError naming the export, parameter and field', async () => {
  const { exports } = await load(wasm);
  const sum = "geo.sum: parameter 'p' expects a geo.Point, got";
  assert.throws(() => exports.geo.sum({ x: '1', y: 2 }), { name: 'TypeError', message: `${sum} an object whose field 'x' is string` });
  assert.throws(() => exports.geo.sum({ x: 1 }), { name: 'TypeError', message: `${sum} an object whose field 'y' is undefined` });
  assert.throws(() => exports.geo.sum(null), { message: `${sum} null` });
  assert.throws(() => exports.geo.sum(3), { message: `${sum} number 3` });
  assert.throws(() => exports.geo.show({ name: 'n', id: 3, at: { x: 1, y: 1 }, on: true }), {
    message: "geo.show: parameter 't' expects a geo.Tagged, got an object whose field 'id' is number 3",
  });
  assert.throws(() => exports.geo.show({ name: 'n', id: 3n, at: { x: 1 }, on: true }), {
    message: "geo.show: parameter 't' expects a geo.Tagged, got an object whose field 'at' is an object whose field 'y' is undefined",
  });
  assert.throws(
    () => exports.geo.sum({
      get x() {
        throw new Error('no x');
      },
      y: 1,
    }),
    { name: 'TypeError', message: `${sum} a value that threw when read (no x)` },
  );
  assert.throws(() => exports.geo.total([{ x: 1, y: 1 }, { x: 1 }]), {
    message: "geo.total: parameter 'points' expects an array of value_object<geo.Point> (each a geo.Point), got an array whose element 1 is an object whose field 'y' is undefined",
  });
});

test('in vectors, optionals, tasks, callbacks and imports', async () => {
  const { exports, app } = await load(wasm, {
    V: { shift: (p) => ({ x: p.x + 1, y: p.y + 1 }) },
  });
  assert.deepEqual(exports.geo.line(3), [{ x: 0, y: 0 }, { x: 1, y: 2 }, { x: 2, y: 4 }]);
  assert.equal(exports.geo.total([{ x: 1, y: 2 }, { x: 3, y: 4 }]), 10);
  assert.deepEqual(exports.geo.maybe(true), { x: 3, y: 4 });
  assert.equal(exports.geo.maybe(false), null);
  assert.deepEqual(await exports.geo.later(), { x: 5, y: 6 });
  assert.equal(exports.geo.through((p) => ({ x: p.x + 1, y: p.y + 2 })), 6);
  assert.equal(exports.geo.shifted(2), 4);
  assert.equal(app.liveHandles, 0);
});

test("the C++ runtime's messages name a value object by its path, not its key", async () => {
  const { exports } = await load(wasm);
  assert.throws(() => exports.geo.through(() => ({ x: 'a', y: 1 })), {
    message: /^jsinterop: a JS function called as function<value_object<geo\.Point>, value_object<geo\.Point>> returned a value that is not value_object<geo\.Point>/,
  });
});
