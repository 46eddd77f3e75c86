// Conformance: bool <-> JS boolean, as export parameters/results and import parameters/results.
// Resolved: only a real boolean is accepted (no truthiness): 0, 1, 'true', null and undefined are a
// TypeError for an export, and a fatal error naming the import for an import result (as the skeleton).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>

[[jsinterop::import("echo", "Bools")]] bool js_echo(bool value);
[[jsinterop::import("record", "Bools")]] void js_record(bool a, bool b, const bool &c);

namespace booleans {
[[jsinterop::export]] bool negate(bool value) { return !value; }
[[jsinterop::export]] bool echo(const bool &value) { return value; }
[[jsinterop::export]] bool through_js(bool value) { return js_echo(value); }
[[jsinterop::export]] bool negate_through_js(bool value) { return !js_echo(value); }
[[jsinterop::export]] void send() { js_record(true, false, 1 == 1); }
[[jsinterop::export]] int as_int(bool value) { return value ? 7 : -7; }
} // namespace booleans

int main() { return js_echo(true) ? 0 : 3; }
`;

let wasm;
let app;
let reply = (value) => value;
const received = [];
const Bools = { echo: (value) => reply(value), record: (...args) => received.push(args) };

before(async () => {
  wasm = await build(source, 'conformance-booleans');
  ({ app } = await load(wasm, { Bools }));
});

test('booleans: export parameter and result', () => {
  const { booleans } = app.exports;
  assert.equal(booleans.negate(true), false);
  assert.equal(booleans.negate(false), true);
  assert.equal(booleans.echo(true), true);
  assert.equal(booleans.echo(false), false);
  assert.equal(typeof booleans.echo(true), 'boolean', 'a bool result is a JS boolean, not a number');
  assert.equal(booleans.as_int(true), 7);
  assert.equal(booleans.as_int(false), -7);
});

test('booleans: import parameters reach JS as booleans', () => {
  received.length = 0;
  app.exports.booleans.send();
  assert.deepEqual(received, [[true, false, true]]);
});

test('booleans: import result reaches C++', () => {
  reply = (value) => value;
  assert.equal(app.exports.booleans.through_js(true), true);
  assert.equal(app.exports.booleans.through_js(false), false);
  assert.equal(app.exports.booleans.negate_through_js(true), false);
  reply = () => false;
  assert.equal(app.exports.booleans.through_js(true), false, 'C++ must use the JS result, not its argument');
});

test('booleans: run() works with a bool import in main', async () => {
  reply = (value) => value;
  const fresh = await load(wasm, { Bools });
  assert.equal(await fresh.app.run(), 0);
});

test('booleans: a non-boolean for a bool parameter is a TypeError naming the export and parameter', () => {
  for (const bad of [0, 1, 'true', '', null, undefined, 1n, {}]) {
    assert.throws(() => app.exports.booleans.negate(bad), typeErrorFor('booleans.negate', 'value'), String(bad));
  }
});

test('booleans: a JS import returning a non-boolean stops the program with a message naming the import', async () => {
  for (const bad of [1, 'yes', null, undefined]) {
    reply = () => bad;
    const fresh = await load(wasm, { Bools });
    assert.throws(() => fresh.exports.booleans.through_js(true), namesImport('echo'), `import returned ${String(bad)}`);
  }
  reply = (value) => value;
});
