// Conformance: std::chrono::system_clock::time_point <-> JS Date, millisecond precision, before 1970
// and far in the future. Resolved: C++ sub-millisecond precision is floored toward the past
// (-1.5 ms is Date(-2), as docs/design.md says); an Invalid Date, a number or a string for a
// time_point is a TypeError (an export) or a fatal error naming the import (an import result); each
// crossing makes a new Date (JS mutating it does not matter).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <chrono>

using clock_type = std::chrono::system_clock;
using std::chrono::duration_cast;
using std::chrono::microseconds;
using std::chrono::milliseconds;

[[jsinterop::import("echo", "Dates")]] clock_type::time_point js_echo(clock_type::time_point value);
[[jsinterop::import("record", "Dates")]] void js_record(clock_type::time_point value);

static clock_type::time_point at_ms(double ms) {
  // ms is a whole number of milliseconds here: convert as an integer, exactly.
  return clock_type::time_point(duration_cast<clock_type::duration>(milliseconds(static_cast<long long>(ms))));
}
static double ms_of(clock_type::time_point t) {
  return static_cast<double>(std::chrono::floor<milliseconds>(t.time_since_epoch()).count());
}

namespace dates {
[[jsinterop::export]] clock_type::time_point echo(clock_type::time_point value) { return value; }
[[jsinterop::export]] double ms_since_epoch(const clock_type::time_point &value) { return ms_of(value); }
[[jsinterop::export]] clock_type::time_point from_ms(double ms) { return at_ms(ms); }
[[jsinterop::export]] clock_type::time_point from_us(double us) {
  return clock_type::time_point(duration_cast<clock_type::duration>(microseconds(static_cast<long long>(us))));
}
[[jsinterop::export]] double via_js(clock_type::time_point value) { return ms_of(js_echo(value)); }
[[jsinterop::export]] void send(double ms) { js_record(at_ms(ms)); }
[[jsinterop::export]] bool now_is_recent(clock_type::time_point js_now) {
  auto difference = clock_type::now() - js_now;
  return difference < std::chrono::minutes(1) && difference > -std::chrono::minutes(1);
}
} // namespace dates

int main() { return 0; }
`;

const EDGES = [
  ['the epoch', 0],
  ['1969-12-31T23:59:59.999Z', -1],
  ['1900-01-01T00:00:00.000Z', Date.UTC(1900, 0, 1)],
  ['0001-01-01T00:00:00.000Z', Date.parse('0001-01-01T00:00:00.000Z')],
  ['9999-12-31T23:59:59.999Z', Date.parse('9999-12-31T23:59:59.999Z')],
  ['2038-01-19T03:14:08.000Z (past int32 seconds)', Date.UTC(2038, 0, 19, 3, 14, 8)],
  ['2024-02-29T12:34:56.789Z', Date.parse('2024-02-29T12:34:56.789Z')],
];

let wasm;
let app;
let reply = (value) => value;
const received = [];
const Dates = { echo: (value) => reply(value), record: (value) => received.push(value) };

before(async () => {
  wasm = await build(source, 'conformance-dates');
  ({ app } = await load(wasm, { Dates }));
});

test('dates: export parameter and result keep the millisecond, before 1970 and far in the future', () => {
  const { dates } = app.exports;
  for (const [what, ms] of EDGES) {
    const date = new Date(ms);
    const back = dates.echo(date);
    assert.ok(back instanceof Date, `${what}: echo returns a Date`);
    assert.equal(back.getTime(), ms, `${what}: echo`);
    assert.equal(dates.ms_since_epoch(date), ms, `${what}: C++ received`);
    assert.equal(dates.from_ms(ms).getTime(), ms, `${what}: from C++`);
  }
});

test('dates: the Date JS gets is a new object', () => {
  const date = new Date(1000);
  const back = app.exports.dates.echo(date);
  assert.notEqual(back, date);
  back.setTime(5);
  assert.equal(date.getTime(), 1000);
});

test('dates: C++ sub-millisecond precision is floored', () => {
  const { dates } = app.exports;
  assert.equal(dates.from_us(1500).getTime(), 1, '1.5 ms');
  assert.equal(dates.from_us(999).getTime(), 0, '0.999 ms');
  assert.equal(dates.from_us(-1500).getTime(), -2, '-1.5 ms is floored to -2');
  assert.equal(dates.from_us(-1).getTime(), -1, '-1 µs is floored to -1 ms');
});

test('dates: the clocks agree (system_clock::now() vs new Date())', () => {
  assert.equal(app.exports.dates.now_is_recent(new Date()), true);
});

test('dates: import parameter and result', () => {
  reply = (value) => value;
  received.length = 0;
  for (const [what, ms] of EDGES) {
    app.exports.dates.send(ms);
    assert.equal(app.exports.dates.via_js(new Date(ms)), ms, `${what}: through the import`);
  }
  assert.equal(received.length, EDGES.length);
  received.forEach((date, index) => {
    assert.ok(date instanceof Date, `record #${index} is a Date`);
    assert.equal(date.getTime(), EDGES[index][1], `${EDGES[index][0]}: import parameter`);
  });
});

test('dates: an Invalid Date or a non-Date is a TypeError naming the export and parameter', () => {
  for (const bad of [new Date(NaN), 0, '2020-01-01', null, undefined, {}, 0n]) {
    assert.throws(() => app.exports.dates.echo(bad), typeErrorFor('dates.echo', 'value'), String(bad));
  }
});

test('dates: an import returning a non-Date stops the program naming the import', async () => {
  for (const bad of [0, '2020-01-01', null, new Date(NaN)]) {
    reply = () => bad;
    const fresh = await load(wasm, { Dates });
    assert.throws(() => fresh.exports.dates.via_js(new Date(0)), namesImport('echo'), `echo returned ${String(bad)}`);
  }
  reply = (value) => value;
});
