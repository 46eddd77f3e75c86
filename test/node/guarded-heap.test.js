// The guarded-heap test mode (docs/design.md, "Guarded heap"): a program linked with
// jsinterop-clang++ --guarded-heap ends with a clear message when a block the runtime library
// allocated (operator new, jsinterop_alloc) was written past its end or before its start, or freed
// twice; jsinterop_heap_check() finds such a write in a block that is still live, and the
// conformance harness fails the test after which it does; a correct program runs as before and its
// heap count returns to its start.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { instantiate } from '../../js/src/index.js';
import { compileProgram, tempPath } from './lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdlib>
#include <string>
#include <vector>

char *volatile kept = nullptr; // volatile: the optimizer may not drop or shorten the bad writes

namespace guarded {
[[jsinterop::export]] void write_past_end_and_free() {
  char *block = new char[8];
  kept = block;
  kept[8] = 1;
  delete[] kept;
}
[[jsinterop::export]] void write_past_end_and_keep() {
  kept = new char[8];
  kept[8] = 1;
}
[[jsinterop::export]] void write_before_start_and_free() {
  kept = new char[8];
  kept[-1] = 1;
  delete[] kept;
}
[[jsinterop::export]] void free_twice() {
  kept = new char[8];
  delete[] kept;
  delete[] kept;
}
[[jsinterop::export]] std::string correct(std::string text, int copies) {
  std::vector<std::string> parts(static_cast<std::size_t>(copies), text);
  std::string joined;
  for (const auto &part : parts) joined += part;
  return joined;
}
}
`;

let guardedPath;
let guardedWasm;
let plainWasm;
before(() => {
  guardedPath = compileProgram(source, 'guarded-heap', { guardedHeap: true });
  guardedWasm = readFileSync(guardedPath);
  plainWasm = readFileSync(compileProgram(source, 'plain-heap', { guardedHeap: false }));
});

const load = (wasm) => instantiate(wasm, { stdout: () => {}, stderr: () => {} });

const corruption = (what) => ({ message: new RegExp(`^jsinterop: heap corruption: ${what}`) });

test('a write one byte past a new char[8] ends the program when the block is freed', async () => {
  const app = await load(guardedWasm);
  assert.throws(
    () => app.exports.guarded.write_past_end_and_free(),
    corruption('a write past the end of a block of 8 bytes allocated by operator new \\(at 0x[0-9a-f]+\\), found when it was freed'),
  );
  assert.throws(() => app.exports.guarded.correct('x', 1), /can no longer be called/);
});

test('jsinterop_heap_check() finds a write past a block that is still live', async () => {
  const app = await load(guardedWasm);
  const blocks = app.instance.exports.jsinterop_heap_check();
  assert.ok(blocks >= 0);
  app.exports.guarded.write_past_end_and_keep();
  assert.throws(
    () => app.instance.exports.jsinterop_heap_check(),
    corruption('a write past the end of a block of 8 bytes allocated by operator new .*, found by jsinterop_heap_check\\(\\)'),
  );
});

test('a write before the start of a block, and a second free, end the program', async () => {
  for (const name of ['write_before_start_and_free', 'free_twice']) {
    const app = await load(guardedWasm);
    assert.throws(() => app.exports.guarded[name](), corruption('an address that is not a live block'), name);
  }
});

test('a write by JS past a block from jsinterop_alloc is found when it is freed', async () => {
  const app = await load(guardedWasm);
  const { jsinterop_alloc: alloc, jsinterop_free: free, memory } = app.instance.exports;
  const address = alloc(5) >>> 0;
  new Uint8Array(memory.buffer, address, 6).fill(7);
  assert.throws(() => free(address), corruption('a write past the end of a block of 5 bytes allocated by jsinterop_alloc'));
});

test('jsinterop_alloc of a size that the guard would wrap around fails (0) instead of a small block', async () => {
  const app = await load(guardedWasm);
  assert.equal(app.instance.exports.jsinterop_alloc(0xfffffff0) >>> 0, 0);
  assert.ok(app.instance.exports.jsinterop_heap_check() >= 0); // every live block intact
});

test('a correct program runs as before, and its heap count and live blocks return to their start', async () => {
  const app = await load(guardedWasm);
  const { jsinterop_heap_check: heapCheck } = app.instance.exports;
  // A string result's block stays until the next string result: the loop ends with this one's.
  app.exports.guarded.correct('žluť', 49);
  const startHeap = app.heapInUse();
  const startBlocks = heapCheck();
  for (let i = 0; i < 50; ++i) assert.equal(app.exports.guarded.correct('žluť', i), 'žluť'.repeat(i));
  assert.equal(heapCheck(), startBlocks);
  assert.equal(app.heapInUse(), startHeap);
  assert.equal(await app.run(), 0);
});

test('without --guarded-heap there is no heap check, and the same program links', async () => {
  const app = await load(plainWasm);
  assert.equal(app.instance.exports.jsinterop_heap_check, undefined);
  assert.equal(app.exports.guarded.correct('ab', 2), 'abab');
});

test('the conformance harness fails a test after which a live block is broken', () => {
  const harness = pathToFileURL(new URL('conformance/harness.js', import.meta.url).pathname).href;
  const testFile = tempPath('harness-heap-check.test.mjs');
  writeFileSync(
    testFile,
    `import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { load } from ${JSON.stringify(harness)};
test('writes past a live block', async () => {
  const { exports } = await load(readFileSync(${JSON.stringify(guardedPath)}));
  exports.guarded.write_past_end_and_keep();
});
`,
  );
  // A test run of its own, not a child of this one (which NODE_TEST_CONTEXT would make it).
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const run = spawnSync(process.execPath, ['--test', testFile], { encoding: 'utf8', env });
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stdout, /heap corruption: a write past the end of a block of 8 bytes .* found by jsinterop_heap_check\(\)/);
});
