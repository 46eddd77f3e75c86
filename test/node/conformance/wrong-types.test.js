// Conformance: a JS value of the wrong type is never silently converted. The matrix: for each wire
// type, wrong JS values (1) passed to an export: a TypeError naming the export and the parameter,
// before C++ runs; (2) returned by an import declared with result<T>: an error value whose message
// names the import; (3) returned by a plain import: the program stops with an Error naming the
// import (the export call throws; run() rejects when it happens in main).
// Resolved: "wrong" includes the coercible values JS itself would accept ('5' for int, 1 for bool,
// 1.5 for int, NaN for int, a bigint for double, a number for bigint).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <vector>

[[jsinterop::import("give", "Wrong")]] jsinterop::result<bool> r_bool();
[[jsinterop::import("give", "Wrong")]] jsinterop::result<std::uint8_t> r_u8();
[[jsinterop::import("give", "Wrong")]] jsinterop::result<int> r_int();
[[jsinterop::import("give", "Wrong"), jsinterop::marshal_as("number")]] jsinterop::result<std::int64_t> r_i64n();
[[jsinterop::import("give", "Wrong"), jsinterop::marshal_as("bigint")]] jsinterop::result<std::int64_t> r_i64b();
[[jsinterop::import("give", "Wrong")]] jsinterop::result<double> r_double();
[[jsinterop::import("give", "Wrong")]] jsinterop::result<std::string> r_string();
[[jsinterop::import("give", "Wrong")]] jsinterop::result<jsinterop::object> r_object();
[[jsinterop::import("give", "Wrong")]] jsinterop::result<std::vector<int>> r_vector();
[[jsinterop::import("give", "Wrong")]] int plain_int();
[[jsinterop::import("give", "Wrong")]] std::string plain_string();
[[jsinterop::import("give", "Wrong")]] jsinterop::object plain_object();

template <class R> static std::string outcome(const R &result) { return result ? std::string("value") : "error: " + result.error().message(); }

namespace wrong {
[[jsinterop::export]] int take_bool(bool value) { return value; }
[[jsinterop::export]] int take_u8(std::uint8_t value) { return value; }
[[jsinterop::export]] int take_i16(std::int16_t value) { return value; }
[[jsinterop::export]] int take_int(int value) { return value; }
[[jsinterop::export]] double take_u32(std::uint32_t value) { return value; }
[[jsinterop::export]] int take_i64n([[jsinterop::marshal_as("number")]] std::int64_t value) { return value != 0; }
[[jsinterop::export]] int take_i64b([[jsinterop::marshal_as("bigint")]] std::int64_t value) { return value != 0; }
[[jsinterop::export]] double take_double(double value) { return value; }
[[jsinterop::export]] double take_float(float value) { return value; }
[[jsinterop::export]] int take_string(std::string_view value) { return static_cast<int>(value.size()); }
[[jsinterop::export]] int take_object(jsinterop::object value) { return value.has("x"); }
[[jsinterop::export]] int take_vector(std::vector<int> value) { return static_cast<int>(value.size()); }
[[jsinterop::export]] int take_second(int first, std::string_view second) { return first + static_cast<int>(second.size()); }

[[jsinterop::export]] std::string result_bool() { return outcome(r_bool()); }
[[jsinterop::export]] std::string result_u8() { return outcome(r_u8()); }
[[jsinterop::export]] std::string result_int() { return outcome(r_int()); }
[[jsinterop::export]] std::string result_i64n() { return outcome(r_i64n()); }
[[jsinterop::export]] std::string result_i64b() { return outcome(r_i64b()); }
[[jsinterop::export]] std::string result_double() { return outcome(r_double()); }
[[jsinterop::export]] std::string result_string() { return outcome(r_string()); }
[[jsinterop::export]] std::string result_object() { return outcome(r_object()); }
[[jsinterop::export]] std::string result_vector() { return outcome(r_vector()); }

[[jsinterop::export]] int call_plain_int() { return plain_int(); }
[[jsinterop::export]] int call_plain_string() { return static_cast<int>(plain_string().size()); }
[[jsinterop::export]] int call_plain_object() { return plain_object().has("x"); }
} // namespace wrong

int main(int argc, char **) {
  if (argc > 1) return plain_int();
  return 0;
}
`;

// type -> [a right value, wrong values...]
const MATRIX = {
  bool: [true, 1, 0, 'true', null, undefined, 1n, {}],
  u8: [255, 256, -1, 1.5, '5', NaN, null, 1n],
  i16: [-32768, 32768, -32769, 0.5, '1'],
  int: [-2147483648, 2147483648, -2147483649, 1.5, NaN, Infinity, '5', null, undefined, 5n, true, {}],
  u32: [4294967295, 4294967296, -1, 0.5],
  i64n: [Number.MAX_SAFE_INTEGER, 2 ** 53, -(2 ** 53), 0.5, 1n, '1', NaN],
  i64b: [2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n) - 1n, 1, '1', null],
  double: [5e-324, 1n, '1.5', null, undefined, true, {}],
  float: [1.5, 1n, '1.5', null],
  string: ['', 1, null, undefined, {}, ['a'], Symbol('s')],
  object: [{}, null, undefined, 1, 'x', 1n, true, Symbol('s')],
  vector: [[1, 2], 'ab', {}, null, [1, 'x'], [1.5], [2 ** 31], new Int32Array(2)],
};
const RESULT_MATRIX = {
  bool: [true, 1, 'true', null],
  u8: [255, 256, -1, 0.5],
  int: [5, 2 ** 31, 1.5, '5', null, undefined, 5n],
  i64n: [2 ** 52, 2 ** 53, 0.5, 5n],
  i64b: [5n, 5, 2n ** 63n],
  double: [0.5, '0.5', 5n, null],
  string: ['x', 5, null, undefined],
  object: [{}, null, undefined, 5, 'x'],
  vector: [[1], 'x', [1, 'x'], null],
};

const label = (value) => (typeof value === 'bigint' ? `${value}n` : typeof value === 'symbol' ? 'Symbol' : Array.isArray(value) ? `[${value.map(String)}]` : value instanceof Int32Array ? 'Int32Array' : typeof value === 'object' && value !== null ? 'object' : String(value));

let wasm;
let app;
let give = () => undefined;
const Wrong = { give: () => give() };

before(async () => {
  wasm = await build(source, 'conformance-wrong-types');
  ({ app } = await load(wasm, { Wrong }));
});

for (const [type, [right, ...wrongs]] of Object.entries(MATRIX)) {
  test(`wrong types: export parameter ${type} rejects ${wrongs.map(label).join(', ')} with a TypeError`, () => {
    const fn = app.exports.wrong[`take_${type}`];
    fn(right); // the right value is accepted
    for (const value of wrongs) assert.throws(() => fn(value), typeErrorFor(`wrong.take_${type}`, 'value'), `take_${type}(${label(value)})`);
    fn(right); // the export still works
  });
}

test('wrong types: the TypeError names the right parameter when there are several', () => {
  assert.throws(() => app.exports.wrong.take_second('1', 'a'), typeErrorFor('wrong.take_second', 'first'));
  assert.throws(() => app.exports.wrong.take_second(1, 2), typeErrorFor('wrong.take_second', 'second'));
  assert.equal(app.exports.wrong.take_second(1, 'ab'), 3);
});

for (const [type, [right, ...wrongs]] of Object.entries(RESULT_MATRIX)) {
  test(`wrong types: an import returning result<${type}> turns ${wrongs.map(label).join(', ')} into an error value naming the import`, () => {
    const fn = app.exports.wrong[`result_${type}`];
    give = () => right;
    assert.equal(fn(), 'value', `result_${type} with ${label(right)}`);
    for (const value of wrongs) {
      give = () => value;
      const text = fn();
      assert.match(text, /^error: /, `result_${type} when JS returns ${label(value)}: an error, not a value`);
      assert.match(text, /give/, `result_${type}: the message names the import`);
    }
    give = () => undefined;
  });
}

test('wrong types: a plain import returning a wrong value stops the program naming the import', async () => {
  for (const [fn, value] of [['call_plain_int', '5'], ['call_plain_int', 2 ** 31], ['call_plain_int', 1.5], ['call_plain_int', undefined], ['call_plain_string', 5], ['call_plain_string', null], ['call_plain_object', null], ['call_plain_object', 5]]) {
    give = () => value;
    const fresh = await load(wasm, { Wrong });
    assert.throws(() => fresh.exports.wrong[fn](), namesImport('give'), `${fn} when JS returns ${label(value)}`);
    assert.throws(() => fresh.exports.wrong.take_int(1), Error, `${fn}: the stopped program refuses further calls`);
  }
  give = () => undefined;
});

test('wrong types: a wrong import result in main makes run() reject naming the import', async () => {
  give = () => 'not an int';
  const fresh = await load(wasm, { Wrong }, { args: ['go'] });
  await assert.rejects(fresh.app.run(), namesImport('give'));
  give = () => undefined;
});
