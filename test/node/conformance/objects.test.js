// Conformance: jsinterop::object <-> a JS object by reference (functions and arrays count; null and
// primitives do not). Identity: the same JS object crossing any number of times is the same (===)
// object on the JS side. Members get<T>/set/has/type_of/dispose/disposed. Resolved: get<T> of a
// property that does not hold a T (missing, another type, out of range) ends the program with a
// message (the export call throws an Error); using a disposed object does the same; has() follows
// the JS `in` operator (inherited properties count).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

[[jsinterop::import("make", "Objs")]] jsinterop::object js_make();
[[jsinterop::import("same", "Objs")]] bool js_same(jsinterop::object a, const jsinterop::object &b);
[[jsinterop::import("keep", "Objs")]] void js_keep(jsinterop::object value);
[[jsinterop::import("echo", "Objs")]] jsinterop::object js_echo(jsinterop::object value);

static std::optional<jsinterop::object> kept;

namespace objects {
[[jsinterop::export]] jsinterop::object echo(jsinterop::object value) { return value; }
[[jsinterop::export]] jsinterop::object echo_ref(const jsinterop::object &value) { return value; }
[[jsinterop::export]] bool same_twice(jsinterop::object value) { return js_same(value, value); }
[[jsinterop::export]] bool same_copy(jsinterop::object value) { jsinterop::object copy = value; return js_same(value, copy); }
[[jsinterop::export]] bool same_pair(jsinterop::object a, jsinterop::object b) { return js_same(a, b); }
[[jsinterop::export]] void keep(jsinterop::object value) { kept = value; }
[[jsinterop::export]] jsinterop::object kept_back() { return *kept; }
[[jsinterop::export]] void made_in_js_goes_back() { jsinterop::object made = js_make(); js_keep(made); js_keep(made); }
[[jsinterop::export]] jsinterop::object via_js(jsinterop::object value) { return js_echo(value); }

[[jsinterop::export]] int get_int(jsinterop::object value, std::string_view name) { return value.get<int>(name); }
[[jsinterop::export]] double get_double(jsinterop::object value, std::string_view name) { return value.get<double>(name); }
[[jsinterop::export]] bool get_bool(jsinterop::object value, std::string_view name) { return value.get<bool>(name); }
[[jsinterop::export]] std::string get_string(jsinterop::object value, std::string_view name) { return value.get<std::string>(name); }
[[jsinterop::export]] jsinterop::object get_object(jsinterop::object value, std::string_view name) { return value.get<jsinterop::object>(name); }
[[jsinterop::export]] std::string get_nested(jsinterop::object value) {
  return value.get<jsinterop::object>("inner").get<jsinterop::object>("deeper").get<std::string>("text");
}
[[jsinterop::export]] void set_values(jsinterop::object value) {
  value.set("i", 42);
  value.set("d", 0.5);
  value.set("b", true);
  value.set("s", std::string("žluťoučký 🐎"));
  value.set("self", value);
  value.set("", -1);
}
[[jsinterop::export]] void set_from(jsinterop::object target, jsinterop::object source) { target.set("copied", source.get<jsinterop::object>("inner")); }
[[jsinterop::export]] bool has(jsinterop::object value, std::string_view name) { return value.has(name); }
[[jsinterop::export]] std::string type_of(jsinterop::object value, std::string_view name) { return value.type_of(name); }
[[jsinterop::export]] bool copies_share(jsinterop::object value) {
  jsinterop::object copy = value;
  copy.set("viaCopy", 7);
  jsinterop::object moved = std::move(copy);
  return value.get<int>("viaCopy") == 7 && moved.get<int>("viaCopy") == 7;
}
[[jsinterop::export]] std::string dispose_states(jsinterop::object value) {
  std::string states = value.disposed() ? "disposed" : "live";
  jsinterop::object copy = value;
  value.dispose();
  states += value.disposed() ? ",disposed" : ",live";
  states += copy.disposed() ? ",copy disposed" : ",copy live";
  return states;
}
[[jsinterop::export]] int use_after_dispose(jsinterop::object value) { value.dispose(); return value.get<int>("x"); }
[[jsinterop::export]] jsinterop::object global() { return jsinterop::host::global_this(); }
[[jsinterop::export]] int many_crossings(jsinterop::object value, int times) {
  int same = 0;
  for (int i = 0; i < times; ++i) same += js_same(js_echo(value), value) ? 1 : 0;
  return same;
}
} // namespace objects

int main() { return 0; }
`;

let wasm;
let app;
let reply = (value) => value;
const kept = [];
let made = null;
const Objs = {
  make: () => (made = { madeInJs: true }),
  same: (a, b) => a === b,
  keep: (value) => kept.push(value),
  echo: (value) => reply(value),
};

before(async () => {
  wasm = await build(source, 'conformance-objects');
  ({ app } = await load(wasm, { Objs }));
});

const fresh = async () => (await load(wasm, { Objs })).exports.objects;

test('object: the same JS object comes back from an export (===)', () => {
  const { objects } = app.exports;
  for (const value of [{}, { a: 1 }, [], [1, 2], () => 1, new Map(), Object.create(null), new Error('e'), new Date(0), new Uint8Array(2)]) {
    assert.equal(objects.echo(value), value, `echo(${Object.prototype.toString.call(value)})`);
    assert.equal(objects.echo_ref(value), value, 'echo_ref');
  }
});

test('object: the same JS object passed twice to an import is === there', () => {
  const { objects } = app.exports;
  const value = {};
  assert.equal(objects.same_twice(value), true, 'js_same(value, value)');
  assert.equal(objects.same_copy(value), true, 'a C++ copy refers to the same JS object');
  assert.equal(objects.same_pair(value, value), true, 'the same object in two export parameters');
  assert.equal(objects.same_pair(value, {}), false, 'two different objects stay different');
});

test('object: an object kept by C++ across calls is still the same object', () => {
  const { objects } = app.exports;
  const value = { keptBy: 'C++' };
  objects.keep(value);
  objects.echo({}); // other traffic in between
  assert.equal(objects.kept_back(), value);
  assert.equal(objects.kept_back(), value, 'returning it does not give it up');
});

test('object: an object made in JS and passed back from C++ is the same object', () => {
  kept.length = 0;
  app.exports.objects.made_in_js_goes_back();
  assert.equal(kept.length, 2);
  assert.equal(kept[0], made);
  assert.equal(kept[1], made);
});

test('object: an object through an import result keeps its identity, many times', () => {
  reply = (value) => value;
  const value = { n: 1 };
  assert.equal(app.exports.objects.via_js(value), value);
  assert.equal(app.exports.objects.many_crossings(value, 10000), 10000);
});

test('object: get<T> reads properties as C++ types', () => {
  const { objects } = app.exports;
  const value = { i: -5, d: 0.25, b: true, s: 'čau 🐎', o: { x: 1 }, inner: { deeper: { text: 'deep' } } };
  assert.equal(objects.get_int(value, 'i'), -5);
  assert.equal(objects.get_double(value, 'd'), 0.25);
  assert.equal(objects.get_double(value, 'i'), -5, 'an integer is a double too');
  assert.equal(objects.get_bool(value, 'b'), true);
  assert.equal(objects.get_string(value, 's'), 'čau 🐎');
  assert.equal(objects.get_object(value, 'o'), value.o);
  assert.equal(objects.get_nested(value), 'deep');
  assert.equal(objects.get_int([10, 20], '1'), 20, 'array elements by index name');
  assert.equal(objects.get_int([10, 20], 'length'), 2);
  assert.equal(objects.get_int({ get computed() { return 9; } }, 'computed'), 9, 'getters run');
  assert.equal(objects.get_string({ 'ž 🐎': 'key' }, 'ž 🐎'), 'key', 'a UTF-8 property name');
});

test('object: set writes C++ values as JS values', () => {
  const value = {};
  app.exports.objects.set_values(value);
  assert.equal(value.i, 42);
  assert.equal(value.d, 0.5);
  assert.equal(value.b, true);
  assert.equal(value.s, 'žluťoučký 🐎');
  assert.equal(value.self, value, 'set(name, object) stores the same object');
  assert.equal(value[''], -1, 'an empty property name');
  const target = {};
  const source = { inner: { x: 1 } };
  app.exports.objects.set_from(target, source);
  assert.equal(target.copied, source.inner);
});

test('object: has and type_of', () => {
  const { objects } = app.exports;
  const value = { n: 1, s: '', u: undefined, z: null, f() {}, o: {}, b: 1n, y: Symbol('y'), t: false };
  for (const name of Object.keys(value)) assert.equal(objects.has(value, name), true, `has('${name}')`);
  assert.equal(objects.has(value, 'missing'), false, "has('missing')");
  assert.equal(objects.has(value, 'toString'), true, 'inherited properties count (JS `in`)');
  const types = { n: 'number', s: 'string', u: 'undefined', z: 'object', f: 'function', o: 'object', b: 'bigint', y: 'symbol', t: 'boolean', missing: 'undefined' };
  for (const [name, type] of Object.entries(types)) assert.equal(objects.type_of(value, name), type, `type_of('${name}')`);
});

test('object: copies share the JS object; dispose and disposed', () => {
  const { objects } = app.exports;
  const value = {};
  assert.equal(objects.copies_share(value), true);
  assert.equal(value.viaCopy, 7);
  assert.equal(objects.dispose_states({}), 'live,disposed,copy live', 'dispose() releases one reference, not its copies');
});

test('object: host::global_this() is globalThis', () => {
  assert.equal(app.exports.objects.global(), globalThis);
});

test('object: get<T> of a property of another type stops the program with a message, never garbage', async () => {
  const cases = [
    ['get_int', { p: 'text' }],
    ['get_int', { p: 1.5 }],
    ['get_int', { p: 2 ** 31 }],
    ['get_int', {}],
    ['get_double', { p: '1' }],
    ['get_bool', { p: 1 }],
    ['get_string', { p: 1 }],
    ['get_string', { p: null }],
    ['get_object', { p: 1 }],
    ['get_object', { p: null }],
    ['get_object', {}],
  ];
  for (const [fn, value] of cases) {
    const objects = await fresh();
    assert.throws(() => objects[fn](value, 'p'), (error) => error instanceof Error && error.message.length > 0, `${fn}(${JSON.stringify(value)}, 'p')`);
  }
});

test('object: using a disposed object stops the program with a message', async () => {
  const objects = await fresh();
  assert.throws(() => objects.use_after_dispose({ x: 1 }), (error) => error instanceof Error && /dispos/i.test(error.message));
});

test('object: a non-object is a TypeError naming the export and parameter', () => {
  const { objects } = app.exports;
  for (const bad of [null, undefined, 1, 'text', 1n, true, Symbol('s')]) {
    assert.throws(() => objects.echo(bad), typeErrorFor('objects.echo', 'value'), `echo(${String(bad)})`);
  }
  assert.throws(() => objects.same_pair({}, null), typeErrorFor('objects.same_pair', 'b'));
});

test('object: an import returning a non-object stops the program naming the import', async () => {
  for (const bad of [null, undefined, 1, 'text']) {
    reply = () => bad;
    const objects = await fresh();
    assert.throws(() => objects.via_js({}), namesImport('echo'), `echo returned ${String(bad)}`);
  }
  reply = (value) => value;
});
