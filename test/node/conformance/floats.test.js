// Conformance: float and double <-> JS number, both directions: NaN, ±Infinity, -0, denormals,
// float max, double max. Resolved: a float parameter takes any number, rounded as Math.fround
// (as .NET's (float) cast: 1e39 becomes Infinity); only non-numbers are TypeErrors.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, same, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cmath>
#include <limits>

[[jsinterop::import("echo", "Floats")]] float js_echo_float(float value);
[[jsinterop::import("echo", "Floats")]] double js_echo_double(double value);
[[jsinterop::import("record", "Floats")]] void js_record(float f, double d);

namespace floats {
[[jsinterop::export]] float echo_float(float value) { return value; }
[[jsinterop::export]] double echo_double(const double &value) { return value; }
[[jsinterop::export]] float via_js_float(float value) { return js_echo_float(value); }
[[jsinterop::export]] double via_js_double(double value) { return js_echo_double(value); }
[[jsinterop::export]] double float_to_double(float value) { return value; }
[[jsinterop::export]] bool is_negative_zero(double value) { return value == 0 && std::signbit(value); }
[[jsinterop::export]] bool is_nan_float(float value) { return std::isnan(value); }
[[jsinterop::export]] void send_edges() {
  js_record(std::numeric_limits<float>::max(), std::numeric_limits<double>::max());
  js_record(std::numeric_limits<float>::denorm_min(), std::numeric_limits<double>::denorm_min());
  js_record(-0.0f, -0.0);
  js_record(std::numeric_limits<float>::infinity(), -std::numeric_limits<double>::infinity());
  js_record(std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
  js_record(std::numeric_limits<float>::lowest(), std::numeric_limits<double>::min());
}
} // namespace floats

int main() { return 0; }
`;

const FLOAT_MAX = 3.4028234663852886e38;
const FLOAT_DENORM_MIN = 1.401298464324817e-45;
const DOUBLE_EDGES = [0, -0, 1, -1, 0.1, 5e-324, -5e-324, 2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, NaN, Number.EPSILON, 2 ** 53 + 2];
const FLOAT_EDGES = [0, -0, 1, -1.5, FLOAT_MAX, -FLOAT_MAX, FLOAT_DENORM_MIN, 1.1754943508222875e-38, Infinity, -Infinity, NaN];

let wasm;
let app;
let reply = (value) => value;
const received = [];
const Floats = { echo: (value) => reply(value), record: (...args) => received.push(args) };

before(async () => {
  wasm = await build(source, 'conformance-floats');
  ({ app } = await load(wasm, { Floats }));
});

test('double: export parameter and result are exact for every edge value', () => {
  for (const value of DOUBLE_EDGES) same(app.exports.floats.echo_double(value), value, 'echo_double');
  assert.equal(app.exports.floats.is_negative_zero(-0), true, 'C++ receives -0.0');
  assert.equal(app.exports.floats.is_negative_zero(0), false, 'C++ receives +0.0');
});

test('double: import parameter and result are exact for every edge value', () => {
  reply = (value) => value;
  for (const value of DOUBLE_EDGES) same(app.exports.floats.via_js_double(value), value, 'via_js_double');
});

test('float: export parameter and result keep float edge values', () => {
  const { floats } = app.exports;
  for (const value of FLOAT_EDGES) {
    same(floats.echo_float(value), value, 'echo_float');
    same(floats.float_to_double(value), value, 'float_to_double');
  }
  assert.equal(floats.is_nan_float(NaN), true);
});

test('float: doubles are rounded to the nearest float (Math.fround)', () => {
  const { floats } = app.exports;
  for (const value of [0.1, 1 / 3, 16777217, 5e-324, 1e39, -1e39, 3.4028235677973366e38]) {
    same(floats.echo_float(value), Math.fround(value), `echo_float(${value})`);
  }
});

test('float: import parameter and result keep float edge values', () => {
  reply = (value) => value;
  for (const value of FLOAT_EDGES) same(app.exports.floats.via_js_float(value), value, 'via_js_float');
  reply = () => 0.1;
  same(app.exports.floats.via_js_float(0), Math.fround(0.1), 'an import result of 0.1 for float');
  reply = (value) => value;
});

test('floats: C++ edge values reach JS exactly', () => {
  received.length = 0;
  app.exports.floats.send_edges();
  const expected = [
    [FLOAT_MAX, Number.MAX_VALUE],
    [FLOAT_DENORM_MIN, 5e-324],
    [-0, -0],
    [Infinity, -Infinity],
    [NaN, NaN],
    [-FLOAT_MAX, 2.2250738585072014e-308],
  ];
  assert.equal(received.length, expected.length);
  expected.forEach((pair, row) => pair.forEach((value, column) => same(received[row][column], value, `record #${row} argument ${column}`)));
});

test('floats: non-numbers are TypeErrors naming the export and parameter', () => {
  for (const bad of [1n, '1', null, undefined, true, {}, [1]]) {
    assert.throws(() => app.exports.floats.echo_double(bad), typeErrorFor('floats.echo_double', 'value'), String(bad));
    assert.throws(() => app.exports.floats.echo_float(bad), typeErrorFor('floats.echo_float', 'value'), String(bad));
  }
});

test('floats: an import returning a non-number stops the program naming the import', async () => {
  for (const bad of [1n, '1.5', null, undefined]) {
    reply = () => bad;
    const fresh = await load(wasm, { Floats });
    assert.throws(() => fresh.exports.floats.via_js_double(1), namesImport('echo'), `echo returned ${String(bad)}`);
  }
  reply = (value) => value;
});
