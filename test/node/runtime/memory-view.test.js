// MemoryView on its own: a typed window onto a WebAssembly.Memory.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { MemoryView } from '../../../js/src/index.js';

const newMemory = () => new WebAssembly.Memory({ initial: 1, maximum: 4 });

test('length and byteLength per element kind', () => {
  const memory = newMemory();
  for (const [kind, size] of [['uint8', 1], ['int32', 4], ['double', 8]]) {
    const view = new MemoryView(memory, 64, 10, kind);
    assert.equal(view.length, 10);
    assert.equal(view.byteLength, 10 * size);
    assert.equal(view.isDisposed, false);
  }
});

test('set writes into the memory at the offset, slice copies out', () => {
  const memory = newMemory();
  const view = new MemoryView(memory, 16, 4, 'int32');
  view.set([1, -2]);
  view.set(new Int32Array([3, 4]), 2);
  assert.deepEqual([...new Int32Array(memory.buffer, 16, 4)], [1, -2, 3, 4]);
  const copy = view.slice(1, 3);
  assert.ok(copy instanceof Int32Array);
  assert.deepEqual([...copy], [-2, 3]);
  copy[0] = 100; // a copy, not a view
  assert.equal(new Int32Array(memory.buffer, 16, 4)[1], -2);
  assert.deepEqual([...view.slice()], [1, -2, 3, 4]);
  assert.deepEqual([...view.slice(4)], []);
});

test('copyTo copies from the source offset to the end', () => {
  const memory = newMemory();
  new Float64Array(memory.buffer, 8, 3).set([0.5, 1.5, 2.5]);
  const view = new MemoryView(memory, 8, 3, 'double');
  const target = new Float64Array(4);
  view.copyTo(target);
  assert.deepEqual([...target], [0.5, 1.5, 2.5, 0]);
  const rest = new Float64Array(2);
  view.copyTo(rest, 1);
  assert.deepEqual([...rest], [1.5, 2.5]);
});

test('out of bounds is a RangeError', () => {
  const memory = newMemory();
  const view = new MemoryView(memory, 0, 4, 'uint8');
  assert.throws(() => view.set([1, 2, 3, 4, 5]), RangeError);
  assert.throws(() => view.set([1, 2], 3), RangeError);
  assert.throws(() => view.set([1], -1), RangeError);
  assert.throws(() => view.set([1], 1.5), RangeError);
  assert.throws(() => view.copyTo(new Uint8Array(3)), RangeError);
  assert.throws(() => view.copyTo(new Uint8Array(8), 5), RangeError);
  assert.throws(() => view.slice(0, 5), RangeError);
  assert.throws(() => view.slice(3, 2), RangeError);
  assert.throws(() => view.slice(-1), RangeError);
  assert.throws(() => view.copyTo([0, 0, 0, 0]), TypeError);
});

test('construction checks alignment, bounds and kind', () => {
  const memory = newMemory();
  assert.throws(() => new MemoryView(memory, 2, 1, 'int32'), RangeError);
  assert.throws(() => new MemoryView(memory, 65536 - 4, 2, 'int32'), RangeError);
  assert.throws(() => new MemoryView(memory, 0, 1, 'int64'), TypeError);
  assert.throws(() => new MemoryView(memory, -8, 1, 'double'), RangeError);
});

test('a view survives memory growth', () => {
  const memory = newMemory();
  const view = new MemoryView(memory, 0, 2, 'int32');
  view.set([7, 8]);
  memory.grow(1); // detaches the old buffer
  assert.deepEqual([...view.slice()], [7, 8]);
  view.set([9], 1);
  assert.equal(new Int32Array(memory.buffer)[1], 9);
});

test('a disposed view refuses to be used', () => {
  const view = new MemoryView(newMemory(), 0, 2, 'uint8');
  view.dispose();
  assert.equal(view.isDisposed, true);
  view.dispose(); // twice is fine
  assert.throws(() => view.set([1]), /disposed/);
  assert.throws(() => view.copyTo(new Uint8Array(2)), /disposed/);
  assert.throws(() => view.slice(), /disposed/);
  assert.equal(view.length, 2);
});
