// Conformance: jsinterop::any <-> any JS value (undefined, null, primitives, bigint, symbol, objects),
// unchanged and by identity for objects. Members type_of, is_null, is_undefined, as<T>; construction
// from C++ values. Resolved: a default-constructed any is `undefined` (as embind's val()); as<T> of
// a value that is not a T ends the program with a message (the export call throws); an any made
// from an int/double is a number, from bool a boolean, from std::string a string, from an object
// that same object.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, same } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <string>

[[jsinterop::import("echo", "Anys")]] jsinterop::any js_echo(jsinterop::any value);
[[jsinterop::import("record", "Anys")]] void js_record(jsinterop::any value);
[[jsinterop::import("same", "Anys")]] bool js_same(jsinterop::any a, const jsinterop::any &b);

namespace anys {
[[jsinterop::export]] jsinterop::any echo(jsinterop::any value) { return value; }
[[jsinterop::export]] jsinterop::any echo_ref(const jsinterop::any &value) { return value; }
[[jsinterop::export]] jsinterop::any via_js(jsinterop::any value) { return js_echo(value); }
[[jsinterop::export]] bool same_twice(jsinterop::any value) { jsinterop::any copy = value; return js_same(value, copy); }
[[jsinterop::export]] std::string type_of(jsinterop::any value) { return value.type_of(); }
[[jsinterop::export]] bool is_null(jsinterop::any value) { return value.is_null(); }
[[jsinterop::export]] bool is_undefined(jsinterop::any value) { return value.is_undefined(); }
[[jsinterop::export]] int as_int(jsinterop::any value) { return value.as<int>(); }
[[jsinterop::export]] double as_double(jsinterop::any value) { return value.as<double>(); }
[[jsinterop::export]] bool as_bool(jsinterop::any value) { return value.as<bool>(); }
[[jsinterop::export]] std::string as_string(jsinterop::any value) { return value.as<std::string>(); }
[[jsinterop::export]] jsinterop::object as_object(jsinterop::any value) { return value.as<jsinterop::object>(); }
[[jsinterop::export]] void send_constructed(jsinterop::object some_object) {
  js_record(jsinterop::any(42));
  js_record(jsinterop::any(-0.5));
  js_record(jsinterop::any(true));
  js_record(jsinterop::any(std::string("žluť 🐎")));
  js_record(jsinterop::any(some_object));
  js_record(jsinterop::any());
}
[[jsinterop::export]] jsinterop::any make_int() { return jsinterop::any(7); }
[[jsinterop::export]] jsinterop::any make_default() { return jsinterop::any(); }
[[jsinterop::export]] jsinterop::any make_string() { return jsinterop::any(std::string("made")); }
} // namespace anys

int main() { return 0; }
`;

const symbol = Symbol('s');
const object = { o: 1 };
const fn = () => 2;
const VALUES = [undefined, null, 0, -0, 1.5, NaN, -Infinity, 5e-324, '', 'text ž 🐎', 'nul\0', true, false, 0n, -(2n ** 100n), symbol, object, fn, [1, 'a'], new Date(0)];
const TYPES = { undefined: 'undefined', null: 'object', number: 'number', string: 'string', boolean: 'boolean', bigint: 'bigint', symbol: 'symbol', function: 'function', object: 'object' };

let wasm;
let app;
let reply = (value) => value;
const received = [];
const Anys = { echo: (value) => reply(value), record: (value) => received.push(value), same: (a, b) => a === b || (Number.isNaN(a) && Number.isNaN(b)) };

before(async () => {
  wasm = await build(source, 'conformance-any');
  ({ app } = await load(wasm, { Anys }));
});

const label = (value) => (typeof value === 'symbol' ? 'symbol' : typeof value === 'bigint' ? `${value}n` : Object.is(value, -0) ? '-0' : typeof value === 'function' ? 'function' : JSON.stringify(value) ?? String(value));

test('any: every JS value comes back from an export unchanged (objects by identity)', () => {
  for (const value of VALUES) {
    same(app.exports.anys.echo(value), value, `echo(${label(value)})`);
    same(app.exports.anys.echo_ref(value), value, `echo_ref(${label(value)})`);
  }
});

test('any: every JS value crosses an import parameter and result unchanged', () => {
  reply = (value) => value;
  for (const value of VALUES) {
    same(app.exports.anys.via_js(value), value, `via_js(${label(value)})`);
    assert.equal(app.exports.anys.same_twice(value), true, `same_twice(${label(value)})`);
  }
});

test('any: type_of, is_null and is_undefined', () => {
  const { anys } = app.exports;
  for (const value of VALUES) {
    const expected = value === null ? 'object' : TYPES[typeof value];
    assert.equal(anys.type_of(value), expected, `type_of(${label(value)})`);
    assert.equal(anys.is_null(value), value === null, `is_null(${label(value)})`);
    assert.equal(anys.is_undefined(value), value === undefined, `is_undefined(${label(value)})`);
  }
});

test('any: as<T> reads a value of T', () => {
  const { anys } = app.exports;
  assert.equal(anys.as_int(-2147483648), -2147483648);
  assert.equal(anys.as_double(0.5), 0.5);
  same(anys.as_double(-0), -0, 'as<double>(-0)');
  assert.equal(anys.as_bool(false), false);
  assert.equal(anys.as_string('ž🐎'), 'ž🐎');
  assert.equal(anys.as_object(object), object);
  assert.equal(anys.as_object(fn), fn, 'a function is an object');
});

test('any: as<T> of a value that is not a T stops the program with a message, never garbage', async () => {
  const cases = [
    ['as_int', 'text'], ['as_int', 1.5], ['as_int', 2 ** 31], ['as_int', undefined], ['as_int', 1n],
    ['as_double', '1'], ['as_double', null], ['as_bool', 0], ['as_string', 1], ['as_string', undefined],
    ['as_object', null], ['as_object', 1], ['as_object', 'text'],
  ];
  for (const [fn, value] of cases) {
    const fresh = await load(wasm, { Anys });
    assert.throws(() => fresh.exports.anys[fn](value), (error) => error instanceof Error && error.message.length > 0, `${fn}(${label(value)})`);
  }
});

test('any: constructed from C++ values', () => {
  received.length = 0;
  const some = { from: 'JS' };
  app.exports.anys.send_constructed(some);
  assert.equal(received.length, 6);
  same(received[0], 42, 'any(42)');
  same(received[1], -0.5, 'any(-0.5)');
  same(received[2], true, 'any(true)');
  same(received[3], 'žluť 🐎', 'any(std::string)');
  same(received[4], some, 'any(object) is the same object');
  same(received[5], undefined, 'any() is undefined');
  same(app.exports.anys.make_int(), 7, 'an export returning any(7)');
  same(app.exports.anys.make_default(), undefined, 'an export returning any()');
  same(app.exports.anys.make_string(), 'made', 'an export returning any(std::string)');
});
