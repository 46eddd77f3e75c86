// An export's short string arguments go to the argument area (wire.h, detail::argument_area), with
// no malloc and free; longer ones come from jsinterop_alloc, which C++ frees. A nested call (an
// export called by JS code that an import runs) writes its arguments above those of the call it is
// in, so a string_view parameter of the outer call stays intact; nothing leaks, nothing freed twice.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = `
#include <jsinterop/jsinterop.h>
#include <string>
#include <string_view>

[[jsinterop::import("reenter", "Test")]] void reenter(int depth);

// Calls back into JS (which calls view_echo again, one level deeper) before reading its own view.
[[jsinterop::export]] std::string view_echo(std::string_view text, std::u16string_view wide, int depth) {
  if (depth > 0)
    reenter(depth - 1);
  return std::string(text) + "|" + std::to_string(wide.size());
}

[[jsinterop::export]] std::string echo(std::string text) { return text; }
// More parameters than the first four the wrapper keeps in variables.
[[jsinterop::export]] std::string join6(std::string a, std::string_view b, int c, std::string d, double e, std::string_view f) {
  return a + "," + std::string(b) + "," + std::to_string(c) + "," + d + "," + std::to_string(static_cast<int>(e)) + "," + std::string(f);
}
[[jsinterop::export]] std::u16string echo16(std::u16string text) { return text; }
`;

let wasm;
before(() => {
  wasm = readFileSync(compileProgram(source, 'safety-argument-area'));
});

const start = (reenter = () => {}) =>
  instantiate(wasm, { modules: { Test: { reenter: (depth) => reenter(depth) } }, stdout: () => {}, stderr: () => {} });

test('nested calls write their arguments above the outer call: its views stay intact', async () => {
  const seen = [];
  const app = await start((depth) => seen.push(app.exports.view_echo(`inner${depth}`, 'éé'.repeat(depth + 1), depth)));
  assert.equal(app.exports.view_echo('outer', 'ü', 3), 'outer|1');
  assert.deepEqual(seen, ['inner0|2', 'inner1|4', 'inner2|6']);
  // And the area is free again: the same call gives the same answer.
  assert.equal(app.exports.view_echo('outer', 'ü', 0), 'outer|1');
});

test('short, long and area-filling strings cross intact, and nothing leaks', async () => {
  const app = await start();
  const texts = ['', 'a', 'hello', 'héllo wörld', '😀'.repeat(3), 'x'.repeat(1365), 'y'.repeat(1366), 'z'.repeat(5000), '\ud800 lone'];
  let before; // after the first round: each export keeps its last string result until the next
  for (let round = 0; round < 50; round++) {
    if (round === 1) before = app.heapInUse();
    for (const text of texts) {
      assert.equal(app.exports.echo(text), text.replace('\ud800', '\ufffd'));
      assert.equal(app.exports.echo16(text), text);
    }
  }
  assert.equal(app.heapInUse(), before);
});

test('an argument that fails its check leaves the area as it was', async () => {
  const app = await start();
  assert.throws(() => app.exports.view_echo('a', 'b', 'not a number'), TypeError);
  assert.throws(() => app.exports.view_echo('a', 42, 0), TypeError);
  assert.equal(app.exports.view_echo('after', 'ok', 0), 'after|2');
});

test('an export of six parameters checks them all in order, then lowers them, then frees the area', async () => {
  const app = await start();
  assert.equal(app.exports.join6('a', 'bé', 3, 'd'.repeat(3000), 5.5, 'f'), `a,bé,3,${'d'.repeat(3000)},5,f`);
  const getterText = (name) => ({ toString: () => name });
  assert.throws(() => app.exports.join6('a', 'b', 3, 'd', 5, 6), /join6: parameter 'f' expects a string, got number 6/);
  assert.throws(() => app.exports.join6('a', 'b', 3, 'd', 5), /join6: expects 6 arguments, got 5/);
  assert.throws(() => app.exports.join6('a', getterText('b'), 3, 'd', 5, 'f'), /parameter 'b' expects a string/);
  const last = () => app.exports.join6('a', 'b', 3, 'd'.repeat(3000), 5.5, 'f');
  last(); // the export keeps its last string result until the next: measure after the same one
  const before = app.heapInUse();
  for (let i = 0; i < 100; i++) app.exports.join6('a', 'b', i, 'x'.repeat(2000), i, 'f');
  last();
  assert.equal(app.heapInUse(), before);
});
