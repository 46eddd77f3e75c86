// object's dynamic operations (docs/cpp-api.md, "object"): create, create_array, call, construct,
// and the try_ forms of get, set, call and construct, which return what failed as a js_error instead
// of ending the program. Every message names the property or method, and the expected type.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <vector>

using jsinterop::object;

// "ok: <value>" or "error: <message>", so that JS sees what a result held.
template <class T> std::string outcome(const jsinterop::result<T> &r) {
  if (!r)
    return "error: " + r.error().message();
  if constexpr (std::is_void_v<T>)
    return "ok";
  else if constexpr (std::is_same_v<T, std::string>)
    return "ok: " + *r;
  else
    return "ok: " + std::to_string(*r);
}

namespace dyn {
// A new {} and [] filled through set and call.
[[jsinterop::export]] object make_point(double x, double y) {
  object point = object::create();
  point.set("x", x);
  point.set("y", y);
  return point;
}
[[jsinterop::export]] object make_list(std::vector<std::string> items) {
  object list = object::create_array();
  for (const std::string &item : items)
    list.call("push", item);
  return list;
}
// o.join(separator), o.add(a, b) with several argument types, a method whose result is dropped.
[[jsinterop::export]] std::string join(object o, std::string separator) { return o.call<std::string>("join", separator); }
[[jsinterop::export]] double add(object o, int a, double b) { return o.call<double>("add", a, b); }
[[jsinterop::export, jsinterop::marshal_as("bigint")]] std::int64_t add_big(object o) {
  return o.call<std::int64_t>("addBig", std::int64_t{1} << 60, std::int64_t{5});
}
[[jsinterop::export]] void notify(object o, object payload) { o.call("notify", payload, "text", true, nullptr); }
[[jsinterop::export]] int count_arguments(object o) { return o.call<int>("count"); }
// new C(args...) on a constructor given by JS, and on globalThis.Map.
[[jsinterop::export]] object construct(object constructor, std::string name, int age) {
  return constructor.construct(name, age);
}
[[jsinterop::export]] int map_size() {
  object map = jsinterop::host::global_this().get<object>("Map").construct();
  map.call<object>("set", "a", 1);
  map.call<object>("set", "b", 2);
  return map.get<int>("size");
}

// The try_ forms.
[[jsinterop::export]] std::string try_get_string(object o, std::string name) { return outcome(o.try_get<std::string>(name)); }
[[jsinterop::export]] std::string try_get_int(object o, std::string name) { return outcome(o.try_get<int>(name)); }
[[jsinterop::export]] std::string try_set_int(object o, std::string name, int value) { return outcome(o.try_set(name, value)); }
[[jsinterop::export]] std::string try_call_string(object o, std::string name) { return outcome(o.try_call<std::string>(name, 1)); }
[[jsinterop::export]] std::string try_call_void(object o, std::string name) { return outcome(o.try_call(name)); }
[[jsinterop::export]] std::string try_construct(object o) {
  jsinterop::result<object> made = o.try_construct();
  return made ? "ok: " + made->type_of("constructor") : "error: " + made.error().message();
}
// What JS threw, as thrown: its message and the value itself.
[[jsinterop::export]] jsinterop::any thrown_by(object o, std::string name) {
  jsinterop::result<void> r = o.try_call(name);
  return r ? jsinterop::any() : r.error().value();
}

// The forms that end the program.
[[jsinterop::export]] std::string get_string(object o, std::string name) { return o.get<std::string>(name); }
[[jsinterop::export]] std::vector<int> get_ints(object o, std::string name) { return o.get<std::vector<int>>(name); }
[[jsinterop::export]] std::string call_string(object o, std::string name) { return o.call<std::string>(name); }
[[jsinterop::export]] void construct_plain(object o) { o.construct(); }
} // namespace dyn

int main() { return 0; }
`;

let module;
before(() => {
  module = new WebAssembly.Module(readFileSync(compileProgram(source, 'dynamic-objects')));
});

const start = async () => {
  const app = await instantiate(module, { stdout: () => {}, stderr: () => {} });
  return { app, dyn: app.exports.dyn };
};

// The message of the error fn() throws, from an instance that ends with it.
async function endMessage(fn) {
  const { dyn } = await start();
  try {
    fn(dyn);
  } catch (error) {
    return error.message;
  }
  assert.fail('the program did not end');
}

describe('object::create, create_array, call and construct', () => {
  test('a new object and a new array, filled from C++', async () => {
    const { dyn } = await start();
    assert.deepEqual(dyn.make_point(1.5, -2), { x: 1.5, y: -2 });
    const list = dyn.make_list(['a', 'b', 'c']);
    assert.ok(Array.isArray(list));
    assert.deepEqual(list, ['a', 'b', 'c']);
  });

  test('a method is called on its object, with each argument marshalled as any(arg) would', async () => {
    const { app, dyn } = await start();
    const before = app.liveHandles;
    assert.equal(dyn.join(['x', 'y'], '+'), 'x+y');
    const calc = { base: 10, add(a, b) { return this.base + a + b; }, addBig: (a, b) => a + b };
    assert.equal(dyn.add(calc, 2, 0.5), 12.5);
    assert.equal(dyn.add_big(calc), (1n << 60n) + 5n);
    const seen = [];
    const payload = { id: 7 };
    dyn.notify({ notify: (...args) => seen.push(args) }, payload);
    assert.deepEqual(seen, [[payload, 'text', true, null]]);
    assert.strictEqual(seen[0][0], payload, 'an object crosses as itself');
    assert.equal(dyn.count_arguments({ count: (...args) => args.length }), 0);
    assert.equal(app.liveHandles, before, 'no handle left behind');
  });

  test('construct runs new on the constructor with the arguments', async () => {
    const { dyn } = await start();
    class Person {
      constructor(name, age) {
        this.name = name;
        this.age = age;
      }
    }
    const made = dyn.construct(Person, 'Ada', 36);
    assert.ok(made instanceof Person);
    assert.deepEqual({ ...made }, { name: 'Ada', age: 36 });
    assert.equal(dyn.map_size(), 2);
  });
});

describe('the try_ forms return what failed as an error, and the program goes on', () => {
  test('try_get: a missing property, a value of another type, a throwing getter, a null holder', async () => {
    const { app, dyn } = await start();
    const before = app.liveHandles;
    assert.equal(dyn.try_get_string({ title: 'Home' }, 'title'), 'ok: Home');
    assert.equal(dyn.try_get_string({}, 'title'), 'error: property "title": expected a string, got undefined');
    assert.equal(dyn.try_get_int({ n: 2.5 }, 'n'), 'error: property "n": expected an int32 number, got number 2.5');
    const getter = { get n() { throw new RangeError('no n today'); } };
    assert.equal(dyn.try_get_int(getter, 'n'), 'error: no n today');
    assert.equal(dyn.try_get_int(getter, 'n'), 'error: no n today', 'and again: nothing was left in a bad state');
    assert.equal(app.liveHandles, before, 'no handle left behind');
  });

  test('try_set: a setter that throws, a frozen object', async () => {
    const { dyn } = await start();
    const target = {};
    assert.equal(dyn.try_set_int(target, 'n', 3), 'ok');
    assert.equal(target.n, 3);
    assert.equal(dyn.try_set_int({ set n(v) { throw new Error(`no n = ${v}`); } }, 'n', 4), 'error: no n = 4');
    assert.match(dyn.try_set_int(Object.freeze({ n: 1 }), 'n', 5), /^error: .*read.only|^error: .*Cannot assign/i);
  });

  test('try_call: a method that throws, one that is missing, a result of another type', async () => {
    const { dyn } = await start();
    assert.equal(dyn.try_call_string({ f: (a) => `got ${a}` }, 'f'), 'ok: got 1');
    assert.equal(dyn.try_call_string({ f() { throw new TypeError('bad f'); } }, 'f'), 'error: bad f');
    assert.equal(dyn.try_call_string({}, 'f'), 'error: method "f" is undefined, not a function');
    assert.equal(dyn.try_call_string({ f: 3 }, 'f'), 'error: method "f" is number 3, not a function');
    assert.equal(dyn.try_call_string({ f: () => 42 }, 'f'),
      'error: the result of method "f": expected a string, got number 42');
    assert.equal(dyn.try_call_void({ g: () => 42 }, 'g'), 'ok', 'a void call drops what the method returns');
    const error = new SyntaxError('as thrown');
    assert.strictEqual(dyn.thrown_by({ h() { throw error; } }, 'h'), error, 'the error is the value JS threw');
    assert.strictEqual(dyn.thrown_by({ h() { throw 17; } }, 'h'), 17, 'whatever JS threw');
  });

  test('try_construct: a value that is no constructor, a constructor that throws', async () => {
    const { dyn } = await start();
    assert.equal(dyn.try_construct(class Thing {}), 'ok: function');
    assert.match(dyn.try_construct({}), /^error: .*not a constructor/);
    assert.match(dyn.try_construct(() => 1), /^error: .*not a constructor/);
    assert.equal(dyn.try_construct(class { constructor() { throw new Error('no thing'); } }), 'error: no thing');
  });
});

describe('the other forms end the program with a message naming the property or method', () => {
  test('get<T> by name: a value that does not fit T', async () => {
    assert.match(await endMessage((dyn) => dyn.get_string({}, 'title')),
      /jsinterop: property "title": expected a string, got undefined/);
    assert.match(await endMessage((dyn) => dyn.get_ints({ list: [1, 'two'] }, 'list')),
      /jsinterop: property "list": expected .*, got/);
  });

  test('a getter that throws', async () => {
    const getter = { get title() { throw new RangeError('no title today'); } };
    assert.match(await endMessage((dyn) => dyn.get_string(getter, 'title')),
      /jsinterop: reading property "title" threw: no title today/);
  });

  test('call<R>: a missing method, a method that throws, a result of another type', async () => {
    assert.match(await endMessage((dyn) => dyn.call_string({}, 'f')),
      /jsinterop: calling method "f": method "f" is undefined, not a function/);
    assert.match(await endMessage((dyn) => dyn.call_string({ f() { throw new Error('bad f'); } }, 'f')),
      /jsinterop: calling method "f": bad f/);
    assert.match(await endMessage((dyn) => dyn.call_string({ f: () => null }, 'f')),
      /jsinterop: the result of method "f": expected a string, got null/);
  });

  test('construct: a value that is no constructor', async () => {
    assert.match(await endMessage((dyn) => dyn.construct_plain({})), /jsinterop: object::construct: .*not a constructor/);
  });
});
