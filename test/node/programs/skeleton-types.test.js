// Programs compiled with the plugin: every type of the walking skeleton (void, bool, int, double,
// std::string_view, std::string, const std::string&) crosses both ways, in imports and exports, at
// namespace scope and as static members, with its edge values.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <climits>
#include <cstdio>
#include <string>

[[jsinterop::import("record", "Probe")]]
void record(bool flag, int number, double real, std::string_view view, const std::string &text);
[[jsinterop::import("echoInt", "Probe")]] int echo_int(int value);
[[jsinterop::import("echoDouble", "Probe")]] double echo_double(double value);
[[jsinterop::import("echoBool", "Probe")]] bool echo_bool(bool value);
[[jsinterop::import("echoString", "Probe")]] std::string echo_string(std::string_view value);
[[jsinterop::import("globalThis.probeGlobal")]] int probe_global();

namespace probe {
struct Api {
  [[jsinterop::export]] static int negate(int x) { return -x; }
  [[jsinterop::export("lengthOf")]] static int length_of(const std::string &text);
};
int Api::length_of(const std::string &text) { return static_cast<int>(text.size()); }

[[jsinterop::export]] double half(double x) { return x / 2; }
[[jsinterop::export]] bool invert(bool b) { return !b; }
[[jsinterop::export]] std::string concat(std::string_view a, const std::string &b, std::string c) {
  return std::string(a) + "|" + b + "|" + c;
}
[[jsinterop::export]] std::string round_trip(std::string_view text) { return echo_string(text); }
[[jsinterop::export]] int echo_int_through_js(int value) { return echo_int(value); }
[[jsinterop::export]] double echo_double_through_js(double value) { return echo_double(value); }
[[jsinterop::export]] bool echo_bool_through_js(bool value) { return echo_bool(value); }
[[jsinterop::export]] void send_edges() {
  record(true, INT_MIN, -0.0, "", std::string("nul\0inside", 10));
  record(false, INT_MAX, 1e308 * 10, "Příliš žluťoučký kůň 🐎", std::string(300, 'x'));
}
} // namespace probe

int main() {
  std::printf("global %d\n", probe_global());
  return 0;
}
`;

let app;
const received = [];
const Probe = {
  record: (...args) => received.push(args),
  echoInt: (v) => v,
  echoDouble: (v) => v,
  echoBool: (v) => v,
  echoString: (v) => v,
};

before(async () => {
  const wasm = compileProgram(source, 'skeleton-types');
  globalThis.probeGlobal = () => 42;
  let stdout = '';
  app = await instantiate(wasm, { modules: { Probe }, stdout: (text) => (stdout += text) });
  assert.equal(await app.run(), 0);
  assert.equal(stdout, 'global 42\n');
});

test('C++ values reach JS with their JS types and exact values', () => {
  received.length = 0;
  app.exports.probe.send_edges();
  assert.deepEqual(received[0], [true, -2147483648, -0, '', 'nul\0inside']);
  assert.ok(Object.is(received[0][2], -0));
  assert.deepEqual(received[1], [false, 2147483647, Infinity, 'Příliš žluťoučký kůň 🐎', 'x'.repeat(300)]);
});

test('exports take JS values and return C++ results', () => {
  const { probe } = app.exports;
  assert.equal(probe.Api.negate(7), -7);
  assert.equal(probe.Api.negate(-2147483647), 2147483647);
  assert.equal(probe.Api.lengthOf('čau'), 4); // UTF-8 bytes: č takes two
  assert.equal(probe.half(3), 1.5);
  assert.ok(Number.isNaN(probe.half(NaN)));
  assert.equal(probe.half(-Infinity), -Infinity);
  assert.equal(probe.invert(false), true);
  assert.equal(probe.concat('a', '', '日本語'), 'a||日本語');
});

test('import results reach C++ unchanged', () => {
  const { probe } = app.exports;
  for (const value of [0, -1, 2147483647, -2147483648]) assert.equal(probe.echo_int_through_js(value), value);
  for (const value of [0.1, -0, 5e-324, Number.MAX_VALUE, -Infinity]) {
    assert.ok(Object.is(probe.echo_double_through_js(value), value), String(value));
  }
  assert.ok(Number.isNaN(probe.echo_double_through_js(NaN)));
  assert.equal(probe.echo_bool_through_js(true), true);
  assert.equal(probe.echo_bool_through_js(false), false);
  for (const text of ['', 'a', 'nul\0inside', '🐎'.repeat(200), 'ž'.repeat(5000)]) {
    assert.equal(probe.round_trip(text), text);
  }
});

test('a wrong JS value for an export parameter is a TypeError naming the function and parameter', () => {
  const { probe } = app.exports;
  assert.throws(() => probe.Api.negate('1'), { name: 'TypeError', message: /probe\.Api\.negate.*'x'/ });
  assert.throws(() => probe.Api.negate(2 ** 31), { name: 'TypeError', message: /'x'/ });
  assert.throws(() => probe.half(1n), { name: 'TypeError', message: /probe\.half.*'x'/ });
  assert.throws(() => probe.concat('a', 'b', 3), { name: 'TypeError', message: /probe\.concat.*'c'/ });
});
