// MemoryView.set reads an array source once (issue 16, item 2: a length or an element read twice):
// a getter that grows the memory, which detaches any typed array taken before, or a Proxy whose
// length changes, cannot make the copy land nowhere or past the view.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { MemoryView } from '../../../js/src/index.js';

test('an element getter that grows the memory: every element lands in the memory', () => {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 4 });
  const view = new MemoryView(memory, 8, 4, 'uint8');
  const source = [1, 2, 3];
  Object.defineProperty(source, 1, { get: () => (memory.grow(1), 9) });
  view.set(source);
  assert.deepEqual([...new Uint8Array(memory.buffer, 8, 4)], [1, 9, 3, 0]);
});

test('a Proxy whose length grows after the bounds check: its length is read once', () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const view = new MemoryView(memory, 0, 2, 'uint8');
  let reads = 0;
  const shifty = new Proxy([5, 6], { get: (target, key) => (key === 'length' ? (reads++ === 0 ? 2 : 4) : 7) });
  view.set(shifty);
  assert.deepEqual([...new Uint8Array(memory.buffer, 0, 3)], [7, 7, 0]);
  assert.equal(reads, 1);
});
