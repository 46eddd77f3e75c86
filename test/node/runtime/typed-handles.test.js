// Typed handles (docs/cpp-api.md, "Typed handles"): C++ classes derived from jsinterop::object for JS
// classes cross as their JS objects, as parameters, results, optionals, vector elements, promise
// values and callback arguments, with no handle of their own; jsinterop::cast<T> is a checked
// down-cast (instanceof T's JS class) that fails as a value.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <functional>
#include <optional>
#include <string>
#include <vector>

struct Shape : jsinterop::object {
  using object::object;
  static constexpr std::string_view js_class = "jsinteropTest.Shape";
  double area() const { return call<double>("area"); }
};
struct Square : Shape {
  using Shape::Shape;
  static constexpr std::string_view js_class = "jsinteropTest.Square";
  double side() const { return get<double>("side"); }
};
struct Missing : jsinterop::object {
  using object::object;
  static constexpr std::string_view js_class = "jsinteropTest.NoSuchClass";
};

[[jsinterop::import("jsinteropTest.makeSquare")]] Square make_square(double side);
[[jsinterop::import("jsinteropTest.largest")]] std::optional<Shape> largest(std::vector<Shape> shapes);
[[jsinterop::import("jsinteropTest.later")]] jsinterop::task<Square> later(double side);
[[jsinterop::import("jsinteropTest.each")]] void each(std::vector<Shape> shapes, std::function<void(Shape)> visit);

namespace typed {
[[jsinterop::export]] double square_area(double side) { return make_square(side).area(); }
[[jsinterop::export]] Square pass_through(Square s) { return s; }
[[jsinterop::export]] std::vector<Shape> widen(std::vector<Square> squares) {
  return std::vector<Shape>(squares.begin(), squares.end()); // Square -> Shape: a C++ conversion
}
[[jsinterop::export]] std::optional<Shape> pick_largest(std::vector<Shape> shapes) { return largest(shapes); }
[[jsinterop::export]] jsinterop::task<double> later_side(double side) { co_return (co_await later(side)).side(); }
[[jsinterop::export]] double sum_of_areas(std::vector<Shape> shapes) {
  double sum = 0;
  each(shapes, [&](Shape s) { sum += s.area(); });
  return sum;
}
// cast<Square>: the side, or the error's message.
[[jsinterop::export]] std::string side_of(Shape shape) {
  jsinterop::result<Square> square = jsinterop::cast<Square>(shape);
  return square ? std::to_string(static_cast<int>(square->side())) : square.error().message();
}
[[jsinterop::export]] bool is_square(Shape shape) { return jsinterop::is_instance<Square>(shape); }
[[jsinterop::export]] std::string missing(jsinterop::object o) {
  jsinterop::result<Missing> m = jsinterop::cast<Missing>(o);
  return m ? "cast" : m.error().message();
}
} // namespace typed

int main() { return 0; }
`;

class Shape {
  area() {
    return 0;
  }
}
class Square extends Shape {
  constructor(side) {
    super();
    this.side = side;
  }
  area() {
    return this.side * this.side;
  }
}

let module;
before(() => {
  globalThis.jsinteropTest = {
    Shape,
    Square,
    makeSquare: (side) => new Square(side),
    largest: (shapes) => (shapes.length === 0 ? null : shapes.reduce((a, b) => (b.area() > a.area() ? b : a))),
    later: async (side) => new Square(side),
    each: (shapes, visit) => shapes.forEach((shape) => visit(shape)),
  };
  module = new WebAssembly.Module(readFileSync(compileProgram(source, 'typed-handles')));
});
after(() => {
  delete globalThis.jsinteropTest;
});

const start = async () => {
  const app = await instantiate(module, { stdout: () => {}, stderr: () => {} });
  return { app, typed: app.exports.typed };
};

test('typed handles cross as their JS objects: parameters, results, optionals, vectors, promises, callbacks', async () => {
  const { app, typed } = await start();
  const before = app.liveHandles;
  assert.equal(typed.square_area(3), 9);
  const square = new Square(2);
  assert.strictEqual(typed.pass_through(square), square, 'the same JS object');
  const squares = [new Square(1), new Square(5)];
  const widened = typed.widen(squares);
  assert.equal(widened.length, 2);
  assert.strictEqual(widened[1], squares[1]);
  assert.strictEqual(typed.pick_largest(squares), squares[1]);
  assert.equal(typed.pick_largest([]), null);
  assert.equal(await typed.later_side(7), 7);
  assert.equal(typed.sum_of_areas([new Square(1), new Square(2), new Shape()]), 5);
  assert.equal(app.liveHandles, before, 'no handle left behind');
});

test('cast<T> is a checked down-cast that fails as a value; is_instance<T> tests', async () => {
  const { typed } = await start();
  assert.equal(typed.side_of(new Square(4)), '4');
  assert.equal(typed.side_of(new Shape()), 'cast<jsinteropTest.Square>: the value is not an instance of jsinteropTest.Square');
  assert.equal(typed.is_square(new Square(1)), true);
  assert.equal(typed.is_square(new Shape()), false);
  assert.equal(typed.missing({}), 'cast<jsinteropTest.NoSuchClass>: globalThis.jsinteropTest.NoSuchClass is not a constructor here');
  assert.equal(typed.side_of(new Square(6)), '6', 'the program goes on');
});
