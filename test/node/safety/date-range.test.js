// A C++ time_point outside what a JS Date can hold (±8.64e15 ms; issue 16, item 15) is an error,
// never an Invalid Date nor a clamp, as an invalid Date from JS is refused: an export's result throws
// an error naming the export; an import's parameter ends the program with a message naming the
// import (as an int64_number beyond 2^53 does).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <chrono>
using namespace std::chrono;
using clock_point = system_clock::time_point;

[[jsinterop::import("see", "Dates")]] void js_see(clock_point at);

static clock_point at_ms(double ms) { return clock_point(duration_cast<system_clock::duration>(duration<double, std::milli>(ms))); }

namespace dates {
[[jsinterop::export]] clock_point at(double ms) { return at_ms(ms); }
[[jsinterop::export]] void show(double ms) { js_see(at_ms(ms)); }
[[jsinterop::export]] jsinterop::any boxed(double ms) { return jsinterop::any(at_ms(ms)); }
[[jsinterop::export]] int probe() { return 7; }
}
`;

const LIMIT = 8.64e15; // system_clock (microseconds) holds ±9.2e15 ms: the cases stay within it
let wasm;
before(() => {
  wasm = readFileSync(compileProgram(source, 'safety-date-range'));
});

const start = async (seen = () => {}) => {
  const app = await instantiate(wasm, { modules: { Dates: { see: seen } }, stdout: () => {}, stderr: () => {} });
  return { app, e: app.exports.dates };
};

test('dates at the edges of the range cross', async () => {
  const { e } = await start();
  assert.equal(e.at(LIMIT).getTime(), LIMIT);
  assert.equal(e.at(-LIMIT).getTime(), -LIMIT);
  assert.equal(e.boxed(LIMIT).getTime(), LIMIT);
});

for (const ms of [LIMIT + 1, -LIMIT - 1, 9e15]) {
  test(`an export's result of ${ms} ms is an error naming the export`, async () => {
    const { e } = await start();
    assert.throws(() => e.at(ms), /jsinterop: the date -?\d+ ms from C\+\+ is outside the range of a JS Date.*dates\.at/);
    assert.throws(() => e.probe(), /can no longer be called/);
  });
}

test("an import's parameter out of range ends the program with a message naming the import", async () => {
  let called = false;
  const { e } = await start(() => (called = true));
  assert.throws(() => e.show(LIMIT + 1), (error) => {
    assert.match(error.message, /Dates\.see|see/);
    assert.match(error.message, /outside the range of a JS Date/);
    return true;
  });
  assert.equal(called, false, 'the import never saw an Invalid Date');
  assert.throws(() => e.probe(), /can no longer be called/);
});

test('an any made from an out-of-range date ends the program', async () => {
  const { e } = await start();
  assert.throws(() => e.boxed(-9e15), /outside the range of a JS Date/);
});
