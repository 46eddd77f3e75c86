// Conformance: std::vector<T> <-> a JS Array, copied, for uint8_t, int, double, float, std::string,
// object, any, and 64-bit integers (marshal_as("array<bigint>") / marshal_as("array<number>")).
// Resolved: a vector reaches JS as a plain Array (Array.isArray; not a typed array), a new one on every
// crossing; from JS only an Array is accepted (not a typed array, not an array-like), each element
// checked as T: a wrong element is a TypeError naming the export and the parameter. Holes read as
// undefined, so they are wrong for every T but any.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, same, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

using std::vector;

[[jsinterop::import("echo", "Arrs")]] vector<std::uint8_t> js_echo_u8(vector<std::uint8_t> value);
[[jsinterop::import("echo", "Arrs")]] vector<int> js_echo_int(const vector<int> &value);
[[jsinterop::import("echo", "Arrs")]] vector<double> js_echo_double(vector<double> value);
[[jsinterop::import("echo", "Arrs")]] vector<float> js_echo_float(vector<float> value);
[[jsinterop::import("echo", "Arrs")]] vector<std::string> js_echo_string(vector<std::string> value);
[[jsinterop::import("echo", "Arrs")]] vector<jsinterop::object> js_echo_object(vector<jsinterop::object> value);
[[jsinterop::import("echo", "Arrs")]] vector<jsinterop::any> js_echo_any(vector<jsinterop::any> value);
[[jsinterop::import("echo", "Arrs"), jsinterop::marshal_as("array<bigint>")]]
vector<std::int64_t> js_echo_i64_bigint([[jsinterop::marshal_as("array<bigint>")]] vector<std::int64_t> value);
[[jsinterop::import("echo", "Arrs"), jsinterop::marshal_as("array<number>")]]
vector<std::int64_t> js_echo_i64_number([[jsinterop::marshal_as("array<number>")]] vector<std::int64_t> value);
[[jsinterop::import("record", "Arrs")]] void js_record(vector<int> ints, vector<std::string> strings, vector<double> doubles);

namespace arrs {
[[jsinterop::export]] vector<std::uint8_t> echo_u8(vector<std::uint8_t> value) { return value; }
[[jsinterop::export]] vector<int> echo_int(const vector<int> &value) { return value; }
[[jsinterop::export]] vector<double> echo_double(vector<double> value) { return value; }
[[jsinterop::export]] vector<float> echo_float(vector<float> value) { return value; }
[[jsinterop::export]] vector<std::string> echo_string(vector<std::string> value) { return value; }
[[jsinterop::export]] vector<jsinterop::object> echo_object(vector<jsinterop::object> value) { return value; }
[[jsinterop::export]] vector<jsinterop::any> echo_any(vector<jsinterop::any> value) { return value; }
[[jsinterop::export, jsinterop::marshal_as("array<bigint>")]]
vector<std::int64_t> echo_i64_bigint([[jsinterop::marshal_as("array<bigint>")]] vector<std::int64_t> value) { return value; }
[[jsinterop::export, jsinterop::marshal_as("array<number>")]]
vector<std::int64_t> echo_i64_number([[jsinterop::marshal_as("array<number>")]] vector<std::int64_t> value) { return value; }
[[jsinterop::export, jsinterop::marshal_as("array<bigint>")]]
vector<std::uint64_t> echo_u64_bigint([[jsinterop::marshal_as("array<bigint>")]] vector<std::uint64_t> value) { return value; }

[[jsinterop::export]] vector<std::uint8_t> via_js_u8(vector<std::uint8_t> value) { return js_echo_u8(value); }
[[jsinterop::export]] vector<int> via_js_int(vector<int> value) { return js_echo_int(value); }
[[jsinterop::export]] vector<double> via_js_double(vector<double> value) { return js_echo_double(value); }
[[jsinterop::export]] vector<float> via_js_float(vector<float> value) { return js_echo_float(value); }
[[jsinterop::export]] vector<std::string> via_js_string(vector<std::string> value) { return js_echo_string(value); }
[[jsinterop::export]] vector<jsinterop::object> via_js_object(vector<jsinterop::object> value) { return js_echo_object(value); }
[[jsinterop::export]] vector<jsinterop::any> via_js_any(vector<jsinterop::any> value) { return js_echo_any(value); }
[[jsinterop::export, jsinterop::marshal_as("array<bigint>")]]
vector<std::int64_t> via_js_i64_bigint([[jsinterop::marshal_as("array<bigint>")]] vector<std::int64_t> value) { return js_echo_i64_bigint(value); }
[[jsinterop::export, jsinterop::marshal_as("array<number>")]]
vector<std::int64_t> via_js_i64_number([[jsinterop::marshal_as("array<number>")]] vector<std::int64_t> value) { return js_echo_i64_number(value); }

// What C++ received.
[[jsinterop::export]] double sum_u8(vector<std::uint8_t> value) { return std::accumulate(value.begin(), value.end(), 0.0); }
[[jsinterop::export]] double sum_int(vector<int> value) { return std::accumulate(value.begin(), value.end(), 0.0); }
[[jsinterop::export]] std::string join(vector<std::string> value) {
  std::string out;
  for (const auto &item : value) out += "[" + item + "]";
  return out;
}
[[jsinterop::export]] int size_any(vector<jsinterop::any> value) { return static_cast<int>(value.size()); }
[[jsinterop::export]] std::string types_any(vector<jsinterop::any> value) {
  std::string out;
  for (const auto &item : value) out += item.type_of() + ",";
  return out;
}
[[jsinterop::export]] vector<int> iota(int count) { vector<int> out(count); std::iota(out.begin(), out.end(), 0); return out; }
[[jsinterop::export]] void send() {
  js_record({}, {}, {});
  js_record({-2147483647 - 1, 0, 2147483647}, {"", "ž 🐎", std::string("a\0b", 3)}, {-0.0, 5e-324, 1.5});
}
} // namespace arrs

int main() { return 0; }
`;

const f = Math.fround;
const CASES = {
  u8: [[], [0], [0, 1, 127, 128, 255], Array.from({ length: 1000 }, (_, i) => i % 256)],
  int: [[], [-2147483648, 0, 2147483647], Array.from({ length: 100000 }, (_, i) => i * 7 - 350000)],
  double: [[], [-0, NaN, Infinity, -Infinity, 5e-324, Number.MAX_VALUE, 0.1]],
  float: [[], [-0, NaN, Infinity, f(0.1), 3.4028234663852886e38, 1.401298464324817e-45]],
  string: [[], [''], ['a', '', 'ž 🐎', '日本語', 'nul\0', 'x'.repeat(300)]],
  i64_bigint: [[], [-(2n ** 63n), 0n, 2n ** 63n - 1n, -1n]],
  i64_number: [[], [-Number.MAX_SAFE_INTEGER, 0, Number.MAX_SAFE_INTEGER, 2 ** 40]],
};

let wasm;
let app;
let reply = (value) => value;
const received = [];
const Arrs = { echo: (value) => reply(value), record: (...args) => received.push(args) };

before(async () => {
  wasm = await build(source, 'conformance-arrays');
  ({ app } = await load(wasm, { Arrs }));
});

function sameArray(actual, expected, what) {
  assert.ok(Array.isArray(actual), `${what}: an Array, got ${Object.prototype.toString.call(actual)}`);
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i++) same(actual[i], expected[i], `${what}[${i}]`);
}

for (const [type, arrays] of Object.entries(CASES)) {
  test(`vector<${type}>: export parameter and result, empty to large`, () => {
    for (const array of arrays) {
      const result = app.exports.arrs[`echo_${type}`](array);
      sameArray(result, array, `echo_${type} of ${array.length}`);
      assert.notEqual(result, array, 'a copy, not the same array');
    }
  });

  test(`vector<${type}>: import parameter and result`, () => {
    reply = (value) => {
      assert.ok(Array.isArray(value), 'the import receives an Array');
      return value;
    };
    for (const array of arrays) sameArray(app.exports.arrs[`via_js_${type}`](array), array, `via_js_${type} of ${array.length}`);
    reply = (value) => value;
  });
}

test('vector<uint64_t> as array<bigint>: 0 and uint64 max', () => {
  sameArray(app.exports.arrs.echo_u64_bigint([0n, 2n ** 64n - 1n]), [0n, 2n ** 64n - 1n], 'echo_u64_bigint');
});

test('vector: C++ receives every element', () => {
  const { arrs } = app.exports;
  assert.equal(arrs.sum_u8([255, 255, 1]), 511);
  assert.equal(arrs.sum_int([2147483647, 2147483647, -2147483648]), 2147483646);
  assert.equal(arrs.join(['a', '', 'ž']), '[a][][ž]');
  assert.equal(arrs.sum_int([]), 0);
  sameArray(arrs.iota(5), [0, 1, 2, 3, 4], 'iota(5)');
  sameArray(arrs.iota(0), [], 'iota(0)');
  assert.equal(arrs.iota(1000000).length, 1000000);
});

test('vector<object>: elements keep their identity', () => {
  reply = (value) => value;
  const a = { a: 1 };
  const b = () => 2;
  for (const fn of ['echo_object', 'via_js_object']) {
    const result = app.exports.arrs[fn]([a, b, a]);
    assert.equal(result.length, 3);
    assert.equal(result[0], a);
    assert.equal(result[1], b);
    assert.equal(result[2], a);
  }
});

test('vector<any>: mixed values, undefined and holes included', () => {
  reply = (value) => value;
  const symbol = Symbol('s');
  const object = {};
  const mixed = [1, 'a', null, undefined, object, 1n, symbol, true, -0, NaN];
  sameArray(app.exports.arrs.echo_any(mixed), mixed, 'echo_any');
  sameArray(app.exports.arrs.via_js_any(mixed), mixed, 'via_js_any');
  assert.equal(app.exports.arrs.types_any(mixed), 'number,string,object,undefined,object,bigint,symbol,boolean,number,number,');
  // eslint-disable-next-line no-sparse-arrays
  assert.equal(app.exports.arrs.size_any([1, , 3]), 3, 'a hole is an element (undefined)');
  sameArray(app.exports.arrs.echo_any([]), [], 'echo_any([])');
});

test('vector: C++ vectors reach an import as Arrays', () => {
  received.length = 0;
  app.exports.arrs.send();
  assert.equal(received.length, 2);
  sameArray(received[0][0], [], 'empty vector<int>');
  sameArray(received[0][1], [], 'empty vector<string>');
  sameArray(received[1][0], [-2147483648, 0, 2147483647], 'vector<int>');
  sameArray(received[1][1], ['', 'ž 🐎', 'a\0b'], 'vector<string>');
  sameArray(received[1][2], [-0, 5e-324, 1.5], 'vector<double>');
});

test('vector: a non-array or a wrong element is a TypeError naming the export and parameter', () => {
  const { arrs } = app.exports;
  const bad = {
    u8: [[256], [-1], [0.5], ['1'], [null], new Uint8Array(2), 'ab', { length: 1, 0: 1 }, null, undefined],
    int: [[2 ** 31], [1, 'x'], [1n], [undefined], 1, null],
    double: [['1'], [1n], [null], {}],
    float: [['1'], [null]],
    string: [[1], ['a', null], 'abc'],
    object: [[1], [null], [{}, 'x']],
    any: ['not an array', null, undefined, {}],
    i64_bigint: [[1], [2n ** 63n]],
    i64_number: [[1n], [2 ** 53], [0.5]],
  };
  for (const [type, values] of Object.entries(bad)) {
    for (const value of values) {
      assert.throws(() => arrs[`echo_${type}`](value), typeErrorFor(`arrs.echo_${type}`, 'value'), `echo_${type}(${Array.isArray(value) ? `[${value.map(String)}]` : String(value)})`);
    }
  }
  // eslint-disable-next-line no-sparse-arrays
  assert.throws(() => arrs.echo_int([1, , 3]), typeErrorFor('arrs.echo_int', 'value'), 'a hole in vector<int>');
});

test('vector: an import returning a non-array or a wrong element stops the program naming the import', async () => {
  for (const [fn, bad] of [['via_js_int', [1, 'x']], ['via_js_int', 'x'], ['via_js_int', null], ['via_js_u8', [256]], ['via_js_string', [1]], ['via_js_i64_bigint', [1]]]) {
    reply = () => bad;
    const fresh = await load(wasm, { Arrs });
    assert.throws(() => fresh.exports.arrs[fn]([]), namesImport('echo'), `${fn}: echo returned ${JSON.stringify(bad)}`);
  }
  reply = (value) => value;
});
