// Conformance: std::optional<T> <-> T's JS value or null. Empty is `null` going to JS; from JS both
// `null` and `undefined` read as empty. Falsy values (0, -0, false, '', NaN) are values, not empty.
// Resolved: marshal_as on a std::optional<std::int64_t> applies to its value
// (marshal_as("bigint") as .NET's [JSMarshalAs<JSType.BigInt>] long?); a present value is checked like
// T (a TypeError for an export parameter, a fatal error naming the import for an import result).
// std::optional<jsinterop::any> is left out: an any already holds null and undefined, so whether JS
// undefined is "empty" or "an any holding undefined" there is not something a user should rely on.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, same, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

using std::optional;
using time_point = std::chrono::system_clock::time_point;

[[jsinterop::import("echo", "Opts")]] optional<bool> js_echo_bool(optional<bool> value);
[[jsinterop::import("echo", "Opts")]] optional<std::uint8_t> js_echo_u8(optional<std::uint8_t> value);
[[jsinterop::import("echo", "Opts")]] optional<int> js_echo_int(optional<int> value);
[[jsinterop::import("echo", "Opts")]] optional<double> js_echo_double(optional<double> value);
[[jsinterop::import("echo", "Opts"), jsinterop::marshal_as("bigint")]]
optional<std::int64_t> js_echo_i64([[jsinterop::marshal_as("bigint")]] optional<std::int64_t> value);
[[jsinterop::import("echo", "Opts")]] optional<std::string> js_echo_string(optional<std::string> value);
[[jsinterop::import("echo", "Opts")]] optional<jsinterop::object> js_echo_object(optional<jsinterop::object> value);
[[jsinterop::import("echo", "Opts")]] optional<time_point> js_echo_date(optional<time_point> value);
[[jsinterop::import("record", "Opts")]]
void js_record(optional<int> a, optional<std::string> b, optional<double> c, optional<bool> d);

namespace opts {
[[jsinterop::export]] optional<bool> echo_bool(optional<bool> value) { return value; }
[[jsinterop::export]] optional<std::uint8_t> echo_u8(optional<std::uint8_t> value) { return value; }
[[jsinterop::export]] optional<int> echo_int(optional<int> value) { return value; }
[[jsinterop::export]] optional<double> echo_double(const optional<double> &value) { return value; }
[[jsinterop::export, jsinterop::marshal_as("bigint")]]
optional<std::int64_t> echo_i64([[jsinterop::marshal_as("bigint")]] optional<std::int64_t> value) { return value; }
[[jsinterop::export]] optional<std::string> echo_string(optional<std::string> value) { return value; }
[[jsinterop::export]] optional<jsinterop::object> echo_object(optional<jsinterop::object> value) { return value; }
[[jsinterop::export]] optional<time_point> echo_date(optional<time_point> value) { return value; }

[[jsinterop::export]] std::string describe_int(optional<int> value) { return value ? "int " + std::to_string(*value) : "empty"; }
[[jsinterop::export]] std::string describe_string(optional<std::string> value) { return value ? "string '" + *value + "'" : "empty"; }
[[jsinterop::export]] std::string describe_bool(optional<bool> value) { return value ? (*value ? "true" : "false") : "empty"; }

[[jsinterop::export]] optional<bool> via_js_bool(optional<bool> value) { return js_echo_bool(value); }
[[jsinterop::export]] optional<std::uint8_t> via_js_u8(optional<std::uint8_t> value) { return js_echo_u8(value); }
[[jsinterop::export]] std::string via_js_int(optional<int> value) { auto r = js_echo_int(value); return r ? "int " + std::to_string(*r) : "empty"; }
[[jsinterop::export]] optional<double> via_js_double(optional<double> value) { return js_echo_double(value); }
[[jsinterop::export, jsinterop::marshal_as("bigint")]]
optional<std::int64_t> via_js_i64([[jsinterop::marshal_as("bigint")]] optional<std::int64_t> value) { return js_echo_i64(value); }
[[jsinterop::export]] optional<std::string> via_js_string(optional<std::string> value) { return js_echo_string(value); }
[[jsinterop::export]] optional<jsinterop::object> via_js_object(optional<jsinterop::object> value) { return js_echo_object(value); }
[[jsinterop::export]] optional<time_point> via_js_date(optional<time_point> value) { return js_echo_date(value); }

[[jsinterop::export]] void send() {
  js_record(std::nullopt, std::nullopt, std::nullopt, std::nullopt);
  js_record(0, std::string(), -0.0, false);
  js_record(-2147483647 - 1, std::string("ž\0", 3), 5e-324, true);
}
} // namespace opts

int main() { return 0; }
`;

const I64_MIN = -(2n ** 63n);
const CASES = {
  bool: [true, false],
  u8: [0, 255],
  int: [0, -2147483648, 2147483647],
  double: [0, -0, NaN, Infinity, 5e-324],
  i64: [0n, I64_MIN, 2n ** 63n - 1n],
  string: ['', 'ž 🐎', 'null', 'nul\0'],
};

let wasm;
let app;
let reply = (value) => value;
const received = [];
const Opts = { echo: (value) => reply(value), record: (...args) => received.push(args) };

before(async () => {
  wasm = await build(source, 'conformance-nullable');
  ({ app } = await load(wasm, { Opts }));
});

for (const [type, values] of Object.entries(CASES)) {
  test(`optional<${type}>: values (falsy ones too), null and undefined through an export`, () => {
    const echo = app.exports.opts[`echo_${type}`];
    for (const value of values) same(echo(value), value, `echo_${type}(${String(value)})`);
    same(echo(null), null, `echo_${type}(null) is null`);
    same(echo(undefined), null, `echo_${type}(undefined) is null`);
  });

  test(`optional<${type}>: values and empty through an import`, () => {
    reply = (value) => value;
    const fn = app.exports.opts[`via_js_${type}`];
    if (type === 'int') {
      for (const value of values) assert.equal(fn(value), `int ${value}`);
      assert.equal(fn(null), 'empty');
      reply = () => undefined;
      assert.equal(fn(5), 'empty', 'an import returning undefined is empty');
      reply = () => null;
      assert.equal(fn(5), 'empty', 'an import returning null is empty');
    } else {
      for (const value of values) same(fn(value), value, `via_js_${type}(${String(value)})`);
      same(fn(null), null, `via_js_${type}(null)`);
      reply = () => undefined;
      same(fn(values[0]), null, `via_js_${type}: an import returning undefined is empty`);
    }
    reply = (value) => value;
  });
}

test('optional: C++ sees empty vs. a falsy value', () => {
  const { opts } = app.exports;
  assert.equal(opts.describe_int(0), 'int 0');
  assert.equal(opts.describe_int(null), 'empty');
  assert.equal(opts.describe_int(undefined), 'empty');
  assert.equal(opts.describe_string(''), "string ''");
  assert.equal(opts.describe_string(null), 'empty');
  assert.equal(opts.describe_bool(false), 'false');
  assert.equal(opts.describe_bool(undefined), 'empty');
});

test('optional<object> and optional<date>: identity, Date values, empty', () => {
  reply = (value) => value;
  const { opts } = app.exports;
  const value = { id: 1 };
  assert.equal(opts.echo_object(value), value);
  assert.equal(opts.via_js_object(value), value);
  same(opts.echo_object(null), null, 'echo_object(null)');
  same(opts.echo_object(undefined), null, 'echo_object(undefined)');
  same(opts.via_js_object(null), null, 'via_js_object(null)');
  const date = new Date(Date.UTC(1900, 0, 1));
  assert.equal(opts.echo_date(date).getTime(), date.getTime());
  assert.equal(opts.via_js_date(date).getTime(), date.getTime());
  same(opts.echo_date(null), null, 'echo_date(null)');
  same(opts.via_js_date(undefined), null, 'via_js_date(undefined)');
});

test('optional: C++ empty reaches an import as null (not undefined), values as values', () => {
  received.length = 0;
  app.exports.opts.send();
  assert.equal(received.length, 3);
  for (const value of received[0]) same(value, null, 'std::nullopt');
  same(received[1][0], 0, 'optional<int>(0)');
  same(received[1][1], '', 'optional<string>("")');
  same(received[1][2], -0, 'optional<double>(-0.0)');
  same(received[1][3], false, 'optional<bool>(false)');
  assert.deepEqual(received[2], [-2147483648, 'ž\0', 5e-324, true]);
});

test('optional: a present value of the wrong type is a TypeError naming the export and parameter', () => {
  const { opts } = app.exports;
  const bad = {
    bool: [0, 'true'],
    u8: [256, -1, 0.5, '1'],
    int: [2 ** 31, 0.5, '1', 1n],
    double: ['1', 1n],
    i64: [1, 2n ** 63n],
    string: [1, {}],
    object: [1, 'x'],
    date: [0, new Date(NaN)],
  };
  for (const [type, values] of Object.entries(bad)) {
    for (const value of values) {
      assert.throws(() => opts[`echo_${type}`](value), typeErrorFor(`opts.echo_${type}`, 'value'), `echo_${type}(${String(value)})`);
    }
  }
});

test('optional: an import returning a present value of the wrong type stops the program naming the import', async () => {
  for (const [fn, argument, bad] of [['via_js_int', 1, 'x'], ['via_js_int', 1, 2 ** 31], ['via_js_u8', 1, 256], ['via_js_string', 'a', 1], ['via_js_object', null, 1]]) {
    reply = () => bad;
    const fresh = await load(wasm, { Opts });
    assert.throws(() => fresh.exports.opts[fn](argument), namesImport('echo'), `${fn}: echo returned ${String(bad)}`);
  }
  reply = (value) => value;
});
