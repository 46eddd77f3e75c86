// Conformance: the 8-, 16- and 32-bit integers (std::int8_t, std::uint8_t, std::int16_t,
// std::uint16_t, int/std::int32_t, std::uint32_t) <-> JS number, both directions, with min/max.
// Resolved: a value JS passes must be an integer number inside the C++ type's range (no wrapping, no
// truncation of 1.5, no '5' or 5n): otherwise a TypeError for an export parameter, a fatal error
// naming the import for an import result. -0 is accepted as 0. Unsigned values reach JS non-negative
// (4294967295, not -1).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, same, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <limits>

[[jsinterop::import("echo", "Ints")]] std::int8_t js_echo_i8(std::int8_t value);
[[jsinterop::import("echo", "Ints")]] std::uint8_t js_echo_u8(std::uint8_t value);
[[jsinterop::import("echo", "Ints")]] std::int16_t js_echo_i16(std::int16_t value);
[[jsinterop::import("echo", "Ints")]] std::uint16_t js_echo_u16(std::uint16_t value);
[[jsinterop::import("echo", "Ints")]] int js_echo_i32(int value);
[[jsinterop::import("echo", "Ints")]] std::uint32_t js_echo_u32(std::uint32_t value);
[[jsinterop::import("record", "Ints")]]
void js_record(std::int8_t i8, std::uint8_t u8, std::int16_t i16, std::uint16_t u16, std::int32_t i32,
               std::uint32_t u32);

template <class T> using lim = std::numeric_limits<T>;

namespace ints {
[[jsinterop::export]] std::int8_t echo_i8(std::int8_t value) { return value; }
[[jsinterop::export]] std::uint8_t echo_u8(std::uint8_t value) { return value; }
[[jsinterop::export]] std::int16_t echo_i16(std::int16_t value) { return value; }
[[jsinterop::export]] std::uint16_t echo_u16(std::uint16_t value) { return value; }
[[jsinterop::export]] int echo_i32(int value) { return value; }
[[jsinterop::export]] std::uint32_t echo_u32(std::uint32_t value) { return value; }

// The C++ value widened to double: proves what C++ received (255 is not -1, 4294967295 is not -1).
[[jsinterop::export]] double widen_i8(std::int8_t value) { return value; }
[[jsinterop::export]] double widen_u8(std::uint8_t value) { return value; }
[[jsinterop::export]] double widen_i16(std::int16_t value) { return value; }
[[jsinterop::export]] double widen_u16(std::uint16_t value) { return value; }
[[jsinterop::export]] double widen_i32(std::int32_t value) { return value; }
[[jsinterop::export]] double widen_u32(std::uint32_t value) { return value; }

// C++ arithmetic wraps in the C++ type; the result reaches JS in the type's range.
[[jsinterop::export]] std::uint8_t u8_plus_one(std::uint8_t value) { return static_cast<std::uint8_t>(value + 1); }
[[jsinterop::export]] std::uint32_t u32_minus_one(std::uint32_t value) { return value - 1; }
[[jsinterop::export]] std::int16_t i16_negate(std::int16_t value) { return static_cast<std::int16_t>(-value); }

[[jsinterop::export]] double via_js_i8(std::int8_t value) { return js_echo_i8(value); }
[[jsinterop::export]] double via_js_u8(std::uint8_t value) { return js_echo_u8(value); }
[[jsinterop::export]] double via_js_i16(std::int16_t value) { return js_echo_i16(value); }
[[jsinterop::export]] double via_js_u16(std::uint16_t value) { return js_echo_u16(value); }
[[jsinterop::export]] double via_js_i32(int value) { return js_echo_i32(value); }
[[jsinterop::export]] double via_js_u32(std::uint32_t value) { return js_echo_u32(value); }

[[jsinterop::export]] void send_min() {
  js_record(lim<std::int8_t>::min(), lim<std::uint8_t>::min(), lim<std::int16_t>::min(),
            lim<std::uint16_t>::min(), lim<std::int32_t>::min(), lim<std::uint32_t>::min());
}
[[jsinterop::export]] void send_max() {
  js_record(lim<std::int8_t>::max(), lim<std::uint8_t>::max(), lim<std::int16_t>::max(),
            lim<std::uint16_t>::max(), lim<std::int32_t>::max(), lim<std::uint32_t>::max());
}
} // namespace ints

int main() { return 0; }
`;

const TYPES = {
  i8: [-128, 127],
  u8: [0, 255],
  i16: [-32768, 32767],
  u16: [0, 65535],
  i32: [-2147483648, 2147483647],
  u32: [0, 4294967295],
};

let wasm;
let app;
let reply = (value) => value;
const received = [];
const Ints = { echo: (value) => reply(value), record: (...args) => received.push(args) };

before(async () => {
  wasm = await build(source, 'conformance-integers');
  ({ app } = await load(wasm, { Ints }));
});

for (const [type, [min, max]] of Object.entries(TYPES)) {
  const samples = [min, max, 0, 1, min + 1, max - 1, Math.floor((min + max) / 2)];

  test(`integers ${type}: export parameter and result keep every value in [${min}, ${max}]`, () => {
    const ns = app.exports.ints;
    for (const value of samples) {
      same(ns[`echo_${type}`](value), value, `echo_${type}(${value})`);
      same(ns[`widen_${type}`](value), value, `C++ received for widen_${type}(${value})`);
    }
    same(ns[`echo_${type}`](-0), 0, `echo_${type}(-0) is 0`);
  });

  test(`integers ${type}: import parameter and result keep every value`, () => {
    reply = (value) => value;
    for (const value of samples) same(app.exports.ints[`via_js_${type}`](value), value, `via_js_${type}(${value})`);
  });

  test(`integers ${type}: out of range, fractional or non-number export arguments are TypeErrors`, () => {
    const bad = [min - 1, max + 1, 0.5, -1.5, NaN, Infinity, -Infinity, '1', 1n, null, undefined, true];
    for (const value of bad) {
      assert.throws(() => app.exports.ints[`echo_${type}`](value), typeErrorFor(`ints.echo_${type}`, 'value'), `echo_${type}(${String(value)})`);
    }
  });

  test(`integers ${type}: an import returning an out-of-range or non-integer value stops the program`, async () => {
    for (const value of [max + 1, min - 1, 0.5, '1', NaN]) {
      reply = () => value;
      const fresh = await load(wasm, { Ints });
      assert.throws(() => fresh.exports.ints[`via_js_${type}`](0), namesImport('echo'), `echo returned ${String(value)} for ${type}`);
    }
    reply = (value) => value;
  });
}

test('integers: C++ min and max values reach JS as numbers', () => {
  received.length = 0;
  app.exports.ints.send_min();
  app.exports.ints.send_max();
  assert.deepEqual(received[0], [-128, 0, -32768, 0, -2147483648, 0]);
  assert.deepEqual(received[1], [127, 255, 32767, 65535, 2147483647, 4294967295]);
  for (const value of received.flat()) assert.equal(typeof value, 'number');
});

test('integers: C++ wrapping arithmetic comes back in the C++ type range', () => {
  const { ints } = app.exports;
  same(ints.u8_plus_one(255), 0, 'uint8 255 + 1');
  same(ints.u8_plus_one(254), 255, 'uint8 254 + 1');
  same(ints.u32_minus_one(0), 4294967295, 'uint32 0 - 1 is 4294967295, not -1');
  same(ints.i16_negate(-32767), 32767, 'int16 -(-32767)');
});
