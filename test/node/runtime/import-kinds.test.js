// Import kinds (docs/cpp-api.md, "Import kinds"): besides a function at a path, an import may call a
// method of its first parameter (the receiver), construct (new), read or write a property (of its
// receiver, or at its path), each marked by one more attribute. Their failures name the import and
// the method or property, and end the program unless the import returns result<T>.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <optional>
#include <string>
#include <vector>

struct Counter : jsinterop::object {
  using object::object;
  static constexpr std::string_view js_class = "kindsTest.Counter";
};

// Methods of a typed handle, of an object, of a string; a method further down the receiver.
[[jsinterop::import("add"), jsinterop::method]] int add(Counter counter, int by);
[[jsinterop::import("join"), jsinterop::method]] std::string join(const jsinterop::object &list, std::string_view separator);
[[jsinterop::import("toUpperCase"), jsinterop::method]] std::string upper(std::string_view text);
[[jsinterop::import("inner.twice"), jsinterop::method]] double twice(jsinterop::object holder, double x);
[[jsinterop::import("add"), jsinterop::method]] jsinterop::result<int> try_add(jsinterop::object counter, int by);
// Constructors: a class at a path of globalThis, and one of a module.
[[jsinterop::import("kindsTest.Counter"), jsinterop::constructor]] Counter new_counter(int start);
[[jsinterop::import("Map"), jsinterop::constructor]] jsinterop::object new_map();
[[jsinterop::import("Point", "shapes"), jsinterop::constructor]] jsinterop::object new_point(double x, double y);
[[jsinterop::import("Thrower", "shapes"), jsinterop::constructor]] jsinterop::result<jsinterop::object> new_thrower();
// Getters and setters, of a receiver and at a path.
[[jsinterop::import("value"), jsinterop::getter]] int value_of(const Counter &counter);
[[jsinterop::import("value"), jsinterop::setter]] void set_value(const Counter &counter, int value);
[[jsinterop::import("kindsTest.setting"), jsinterop::getter]] std::optional<std::string> setting();
[[jsinterop::import("kindsTest.setting"), jsinterop::setter]] void set_setting(std::string_view value);
[[jsinterop::import("size"), jsinterop::getter]] int size_of(jsinterop::object map);
[[jsinterop::import("value"), jsinterop::getter]] int value_of_any(jsinterop::any receiver);
// A static method is a function at a path, bound to its class.
[[jsinterop::import("kindsTest.Counter.zero")]] Counter zero();

namespace kinds {
[[jsinterop::export]] int count_up(int start) {
  Counter counter = new_counter(start);
  add(counter, 2);
  set_value(counter, value_of(counter) + 10);
  return add(counter, 0);
}
[[jsinterop::export]] int static_method() { return value_of(zero()); }
[[jsinterop::export]] std::string join_list(jsinterop::object list) { return join(list, "-"); }
[[jsinterop::export]] std::string shout(std::string text) { return upper(text); }
[[jsinterop::export]] double nested(jsinterop::object holder) { return twice(holder, 4); }
[[jsinterop::export]] int map_size() {
  jsinterop::object map = new_map();
  map.call<jsinterop::object>("set", 1, 2);
  return size_of(map);
}
[[jsinterop::export]] jsinterop::object point() { return new_point(1, 2); }
[[jsinterop::export]] std::string settings(std::string value) {
  std::string before = setting().value_or("(none)");
  set_setting(value);
  return before + " -> " + setting().value_or("(none)");
}
[[jsinterop::export]] std::string add_or_error(jsinterop::object counter) {
  jsinterop::result<int> r = try_add(counter, 1);
  return r ? std::to_string(*r) : r.error().message();
}
[[jsinterop::export]] std::string thrower() {
  jsinterop::result<jsinterop::object> r = new_thrower();
  return r ? "made" : r.error().message();
}
[[jsinterop::export]] int add_to(jsinterop::object counter) { return add(Counter(counter.js_handle()), 1); }
[[jsinterop::export]] int value_of_anything(jsinterop::any value) { return value_of_any(value); }
} // namespace kinds

int main() { return 0; }
`;

class Counter {
  constructor(start) {
    this.value = start;
  }
  add(by) {
    this.value += by;
    return this.value;
  }
  static zero() {
    return new this(0);
  }
}

let module;
before(() => {
  globalThis.kindsTest = { Counter, setting: null };
  module = new WebAssembly.Module(readFileSync(compileProgram(source, 'import-kinds')));
});
after(() => {
  delete globalThis.kindsTest;
});

const shapes = {
  Point: class {
    constructor(x, y) {
      Object.assign(this, { x, y });
    }
  },
  Thrower: class {
    constructor() {
      throw new RangeError('no thrower today');
    }
  },
};

const start = async () => {
  const app = await instantiate(module, { stdout: () => {}, stderr: () => {}, modules: { shapes } });
  return { app, kinds: app.exports.kinds };
};

test('methods of a receiver, constructors, getters, setters, a static method', async () => {
  const { app, kinds } = await start();
  const before = app.liveHandles;
  assert.equal(kinds.count_up(5), 17);
  assert.equal(kinds.static_method(), 0, 'zero() is called with its class as this');
  assert.equal(kinds.join_list(['a', 'b']), 'a-b');
  assert.equal(kinds.shout('quiet'), 'QUIET', 'a string receiver');
  assert.equal(kinds.nested({ factor: 3, inner: { factor: 2, twice(x) { return this.factor * x; } } }), 8,
    'a method further down the receiver is called on the object that holds it');
  assert.equal(kinds.map_size(), 1);
  const point = kinds.point();
  assert.ok(point instanceof shapes.Point);
  assert.deepEqual({ ...point }, { x: 1, y: 2 });
  assert.equal(kinds.settings('dark'), '(none) -> dark');
  assert.equal(globalThis.kindsTest.setting, 'dark');
  assert.equal(app.liveHandles, before, 'no handle left behind');
});

test('failures as values: result<T> imports', async () => {
  const { kinds } = await start();
  assert.equal(kinds.add_or_error(new Counter(1)), '2');
  assert.equal(kinds.add_or_error({}),
    `jsinterop: import 'add' (C++ try_add): method "add" of its receiver is undefined, not a function`);
  assert.equal(kinds.add_or_error({ add: null }),
    `jsinterop: import 'add' (C++ try_add): method "add" of its receiver is null, not a function`);
  assert.equal(kinds.thrower(), 'no thrower today');
});

test('failures that end the program name the import and the method or property', async () => {
  const ends = async (fn, message) => {
    const { kinds } = await start();
    assert.throws(() => fn(kinds), message);
  };
  await ends((kinds) => kinds.add_to({ add: 3 }), /add.*method "add" of its receiver is number 3, not a function/);
  await ends((kinds) => kinds.value_of_anything(undefined), /import 'value' \(C\+\+ value_of_any\).*its receiver is undefined/);
  await ends((kinds) => kinds.value_of_anything(7), /import 'value' \(C\+\+ value_of_any\) returned undefined, but its C\+\+ result needs an int32 number/);
});

test('many method imports of one shape (more than the wrappers have copies) each call their own method', async () => {
  const count = 40;
  const range = Array.from({ length: count }, (_, i) => i);
  const program = String.raw`
#include <jsinterop/jsinterop.h>
${range.map((i) => `[[jsinterop::import("m${i}"), jsinterop::method]] int m${i}(const jsinterop::object &o, int a);`).join('\n')}
[[jsinterop::export]] int sum(jsinterop::object o) {
  return ${range.map((i) => `m${i}(o, ${i})`).join(' + ')};
}
[[jsinterop::export]] int call_one(jsinterop::object o, int which) {
  switch (which) {
${range.map((i) => `  case ${i}: return m${i}(o, 1);`).join('\n')}
  }
  return -1;
}
int main() { return 0; }
`;
  const app = await instantiate(readFileSync(compileProgram(program, 'many-methods')), { stdout: () => {}, stderr: () => {} });
  const target = Object.fromEntries(range.map((i) => [`m${i}`, (a) => a * 1000 + i]));
  assert.equal(app.exports.sum(target), range.reduce((total, i) => total + i * 1000 + i, 0));
  for (const i of [0, 31, 32, 39]) assert.equal(app.exports.call_one({ [`m${i}`]: (a) => a + i }, i), 1 + i);
  assert.throws(() => app.exports.call_one({ m35: 'no' }, 35), /import 'm35'.*method "m35" of its receiver is string, not a function/);
});
