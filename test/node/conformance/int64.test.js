// Conformance: 64-bit integers. std::int64_t / std::uint64_t with marshal_as("number") (a safe
// integer, checked to ±(2^53−1) / [0, 2^53−1]) and with marshal_as("bigint") (the full C++ range).
// Resolved: the check applies in both directions. A C++ value outside ±(2^53−1) that must become a
// number is an error (the export throws; an import is not called and the program stops), never a
// rounded number. A number for a bigint, or a bigint for a number, is a TypeError (no conversion).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, same, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <limits>
#include <string>

using i64 = std::int64_t;
using u64 = std::uint64_t;

[[jsinterop::import("echo", "I64"), jsinterop::marshal_as("number")]]
i64 js_echo_i64_number([[jsinterop::marshal_as("number")]] i64 value);
[[jsinterop::import("echo", "I64"), jsinterop::marshal_as("bigint")]]
i64 js_echo_i64_bigint([[jsinterop::marshal_as("bigint")]] i64 value);
[[jsinterop::import("echo", "I64"), jsinterop::marshal_as("number")]]
u64 js_echo_u64_number([[jsinterop::marshal_as("number")]] u64 value);
[[jsinterop::import("echo", "I64"), jsinterop::marshal_as("bigint")]]
u64 js_echo_u64_bigint([[jsinterop::marshal_as("bigint")]] u64 value);
[[jsinterop::import("record", "I64")]]
void js_record([[jsinterop::marshal_as("number")]] i64 n, [[jsinterop::marshal_as("bigint")]] i64 b,
               [[jsinterop::marshal_as("number")]] u64 un, [[jsinterop::marshal_as("bigint")]] const u64 &ub);

constexpr i64 safe_max = (i64{1} << 53) - 1;

namespace i64x {
[[jsinterop::export, jsinterop::marshal_as("number")]]
i64 echo_number([[jsinterop::marshal_as("number")]] i64 value) { return value; }
[[jsinterop::export, jsinterop::marshal_as("bigint")]]
i64 echo_bigint([[jsinterop::marshal_as("bigint")]] i64 value) { return value; }
[[jsinterop::export, jsinterop::marshal_as("number")]]
u64 echo_u_number([[jsinterop::marshal_as("number")]] u64 value) { return value; }
[[jsinterop::export, jsinterop::marshal_as("bigint")]]
u64 echo_u_bigint([[jsinterop::marshal_as("bigint")]] u64 value) { return value; }

// What C++ received, in decimal.
[[jsinterop::export]] std::string text_number([[jsinterop::marshal_as("number")]] i64 value) { return std::to_string(value); }
[[jsinterop::export]] std::string text_bigint([[jsinterop::marshal_as("bigint")]] i64 value) { return std::to_string(value); }
[[jsinterop::export]] std::string text_u_bigint([[jsinterop::marshal_as("bigint")]] u64 value) { return std::to_string(value); }
[[jsinterop::export]] std::string text_u_number([[jsinterop::marshal_as("number")]] u64 value) { return std::to_string(value); }

[[jsinterop::export]] std::string via_js_number([[jsinterop::marshal_as("number")]] i64 value) { return std::to_string(js_echo_i64_number(value)); }
[[jsinterop::export]] std::string via_js_bigint([[jsinterop::marshal_as("bigint")]] i64 value) { return std::to_string(js_echo_i64_bigint(value)); }
[[jsinterop::export]] std::string via_js_u_number([[jsinterop::marshal_as("number")]] u64 value) { return std::to_string(js_echo_u64_number(value)); }
[[jsinterop::export]] std::string via_js_u_bigint([[jsinterop::marshal_as("bigint")]] u64 value) { return std::to_string(js_echo_u64_bigint(value)); }

[[jsinterop::export]] void send_max() {
  js_record(safe_max, std::numeric_limits<i64>::max(), safe_max, std::numeric_limits<u64>::max());
}
[[jsinterop::export]] void send_min() { js_record(-safe_max, std::numeric_limits<i64>::min(), 0, 0); }

// C++ values a number cannot hold exactly.
[[jsinterop::export, jsinterop::marshal_as("number")]] i64 unsafe_result() { return safe_max + 1; }
[[jsinterop::export, jsinterop::marshal_as("number")]] i64 unsafe_negative_result() { return -safe_max - 1; }
[[jsinterop::export, jsinterop::marshal_as("number")]] u64 unsafe_u_result() { return std::numeric_limits<u64>::max(); }
[[jsinterop::export]] void send_unsafe() { js_record(safe_max + 1, 0, 0, 0); }
} // namespace i64x

int main() { return 0; }
`;

const SAFE = Number.MAX_SAFE_INTEGER; // 2^53 - 1
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;

let wasm;
let app;
let reply = (value) => value;
const received = [];
const I64 = { echo: (value) => reply(value), record: (...args) => received.push(args) };

before(async () => {
  wasm = await build(source, 'conformance-int64');
  ({ app } = await load(wasm, { I64 }));
});

test('int64 as number: safe integers cross exactly as export parameter and result', () => {
  const ns = app.exports.i64x;
  for (const value of [0, 1, -1, SAFE, -SAFE, 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 4503599627370497]) {
    same(ns.echo_number(value), value, `echo_number(${value})`);
    assert.equal(ns.text_number(value), BigInt(value).toString(), `C++ received ${value}`);
  }
  same(ns.echo_number(-0), 0, 'echo_number(-0)');
});

test('int64 as number: ±2^53, fractions and non-numbers are TypeErrors', () => {
  const ns = app.exports.i64x;
  for (const bad of [2 ** 53, -(2 ** 53), 2 ** 63, 0.5, NaN, Infinity, 1n, '1', null, undefined]) {
    assert.throws(() => ns.echo_number(bad), typeErrorFor('i64x.echo_number', 'value'), `echo_number(${String(bad)})`);
  }
});

test('int64 as bigint: min, max and everything between cross exactly', () => {
  const ns = app.exports.i64x;
  for (const value of [0n, 1n, -1n, I64_MIN, I64_MAX, I64_MIN + 1n, 2n ** 53n, -(2n ** 53n) - 1n, 2n ** 32n]) {
    same(ns.echo_bigint(value), value, `echo_bigint(${value}n)`);
    assert.equal(ns.text_bigint(value), value.toString(), `C++ received ${value}n`);
  }
  assert.equal(typeof ns.echo_bigint(5n), 'bigint');
});

test('int64 as bigint: out of range bigints and numbers are TypeErrors', () => {
  const ns = app.exports.i64x;
  for (const bad of [I64_MAX + 1n, I64_MIN - 1n, 2n ** 64n, 1, 0, '1', null, undefined]) {
    assert.throws(() => ns.echo_bigint(bad), typeErrorFor('i64x.echo_bigint', 'value'), `echo_bigint(${String(bad)})`);
  }
});

test('uint64 as bigint: 0 and uint64 max cross exactly, negative values are TypeErrors', () => {
  const ns = app.exports.i64x;
  for (const value of [0n, 1n, U64_MAX, 2n ** 63n, I64_MAX]) {
    same(ns.echo_u_bigint(value), value, `echo_u_bigint(${value}n)`);
    assert.equal(ns.text_u_bigint(value), value.toString(), `C++ received ${value}n`);
  }
  for (const bad of [-1n, 2n ** 64n, 1, null]) {
    assert.throws(() => ns.echo_u_bigint(bad), typeErrorFor('i64x.echo_u_bigint', 'value'), `echo_u_bigint(${String(bad)})`);
  }
});

test('uint64 as number: [0, 2^53-1] crosses exactly, the rest is a TypeError', () => {
  const ns = app.exports.i64x;
  for (const value of [0, 1, SAFE, 2 ** 32]) {
    same(ns.echo_u_number(value), value, `echo_u_number(${value})`);
    assert.equal(ns.text_u_number(value), String(value));
  }
  for (const bad of [-1, 2 ** 53, 0.5, 1n]) {
    assert.throws(() => ns.echo_u_number(bad), typeErrorFor('i64x.echo_u_number', 'value'), `echo_u_number(${String(bad)})`);
  }
});

test('int64: C++ extremes reach an import as number and bigint', () => {
  received.length = 0;
  app.exports.i64x.send_max();
  app.exports.i64x.send_min();
  assert.deepEqual(received[0], [SAFE, I64_MAX, SAFE, U64_MAX]);
  assert.deepEqual(received[1], [-SAFE, I64_MIN, 0, 0n]);
  assert.equal(typeof received[0][0], 'number');
  assert.equal(typeof received[0][1], 'bigint');
  assert.equal(typeof received[0][3], 'bigint');
});

test('int64: import results cross exactly (number and bigint)', () => {
  reply = (value) => value;
  const ns = app.exports.i64x;
  for (const value of [SAFE, -SAFE, 0, 12345678901234]) assert.equal(ns.via_js_number(value), String(value));
  for (const value of [I64_MAX, I64_MIN, -1n, 0n]) assert.equal(ns.via_js_bigint(value), value.toString());
  for (const value of [U64_MAX, 0n, 2n ** 63n]) assert.equal(ns.via_js_u_bigint(value), value.toString());
  for (const value of [SAFE, 0]) assert.equal(ns.via_js_u_number(value), String(value));
});

test('int64: a C++ value outside ±(2^53-1) is never a rounded number', async () => {
  // Each on its own instance: the failure may end the program.
  const fresh = async () => (await load(wasm, { I64 })).exports.i64x;
  const a = await fresh();
  assert.throws(() => a.unsafe_result(), Error, 'unsafe_result() returned 2^53 as a number');
  const b = await fresh();
  assert.throws(() => b.unsafe_negative_result(), Error, 'unsafe_negative_result() returned -2^53 as a number');
  const c = await fresh();
  assert.throws(() => c.unsafe_u_result(), Error, 'unsafe_u_result() returned 2^64-1 as a number');
  received.length = 0;
  const d = await fresh();
  assert.throws(() => d.send_unsafe(), Error, 'a 2^53 import argument as a number must fail');
  assert.deepEqual(received, [], 'the import must not be called with a rounded value');
});

test('int64: an import returning an unsafe number, a fraction or the wrong kind stops the program', async () => {
  const cases = [
    ['via_js_number', 0, 2 ** 53],
    ['via_js_number', 0, 0.5],
    ['via_js_number', 0, 1n],
    ['via_js_bigint', 0n, 1],
    ['via_js_bigint', 0n, I64_MAX + 1n],
    ['via_js_u_bigint', 0n, -1n],
    ['via_js_u_bigint', 0n, 2n ** 64n],
    ['via_js_u_number', 0, -1],
  ];
  for (const [fn, argument, bad] of cases) {
    reply = () => bad;
    const fresh = await load(wasm, { I64 });
    assert.throws(() => fresh.exports.i64x[fn](argument), namesImport('echo'), `${fn}: import returned ${String(bad)}`);
  }
  reply = (value) => value;
});
