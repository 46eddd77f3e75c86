// An export's std::span parameter views memory that JS owns for the call (issue 16, item 1;
// docs/design.md "In place or copied"): a MemoryView or a typed array on the module's memory is
// passed in place (nothing allocated, nothing freed: C++ must not free its own live buffer), and a
// typed array elsewhere is copied in, copied back after the call and freed once, after the copy back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { instantiate, MemoryView } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <span>
#include <vector>

static std::vector<std::uint8_t> *store = new std::vector<std::uint8_t>(64, 0);

namespace spans {
[[jsinterop::export]] jsinterop::array_segment<std::uint8_t> store_view() { return *store; }
[[jsinterop::export]] int store_address() { return static_cast<int>(reinterpret_cast<std::uintptr_t>(store->data())); }
[[jsinterop::export]] int store_sum() {
  int sum = 0;
  for (auto byte : *store) sum += byte;
  return sum;
}
// Adds one to each element and returns where the span was.
[[jsinterop::export]] int bump(std::span<std::uint8_t> bytes) {
  for (auto &byte : bytes) ++byte;
  return static_cast<int>(reinterpret_cast<std::uintptr_t>(bytes.data()));
}
[[jsinterop::export]] double bump_doubles(std::span<double> values) {
  double sum = 0;
  for (auto &value : values) sum += (value *= 2);
  return sum;
}
// Where a new block of the store's size lands (freed again at once).
[[jsinterop::export]] int new_block_address() {
  auto *block = new std::uint8_t[64];
  int address = static_cast<int>(reinterpret_cast<std::uintptr_t>(block));
  delete[] block;
  return address;
}
}
`;

let wasm;
before(() => {
  // Guarded heap: a free of memory C++ does not own, or a second free, ends the program with a
  // message instead of corrupting the heap silently.
  wasm = readFileSync(compileProgram(source, 'safety-span-ownership', { guardedHeap: true }));
});

const start = async () => {
  const app = await instantiate(wasm, { stdout: () => {}, stderr: () => {} });
  return { app, e: app.exports.spans };
};

test('a MemoryView passed to a span export is in place: nothing is freed, the C++ buffer stays live', async () => {
  const { app, e } = await start();
  const heap = app.heapInUse();
  const view = e.store_view();
  assert.ok(view instanceof MemoryView);
  assert.equal(e.bump(view), e.store_address(), 'C++ sees its own buffer');
  assert.equal(e.bump(view), e.store_address());
  assert.equal(e.store_sum(), 2 * 64, 'both calls wrote the live buffer');
  assert.equal(app.heapInUse(), heap, 'nothing was allocated or freed');
  assert.notEqual(e.new_block_address(), e.store_address(), 'the store was not freed under C++');
  assert.deepEqual([...view.slice(0, 3)], [2, 2, 2]);
});

test('a typed array on the module memory is in place too', async () => {
  const { app, e } = await start();
  const heap = app.heapInUse();
  const bytes = new Uint8Array(app.memory.buffer, e.store_address(), 64);
  assert.equal(e.bump(bytes), e.store_address());
  assert.equal(e.bump(bytes.subarray(8, 16)), e.store_address() + 8);
  assert.equal(e.store_sum(), 64 + 8);
  assert.equal(app.heapInUse(), heap);
  assert.notEqual(e.new_block_address(), e.store_address());
});

test('a typed array elsewhere is copied in, copied back and freed once: the heap returns to its start', async () => {
  const { app, e } = await start();
  const heap = app.heapInUse();
  const bytes = new Uint8Array([1, 2, 3, 255]);
  for (let round = 0; round < 3; round++) e.bump(bytes);
  assert.deepEqual([...bytes], [4, 5, 6, 2], 'copied back after each call');
  const doubles = new Float64Array([0.5, -1, 3]);
  assert.equal(e.bump_doubles(doubles), 5);
  assert.deepEqual([...doubles], [1, -2, 6]);
  assert.equal(app.heapInUse(), heap, 'each copy freed exactly once');
  assert.equal(e.store_sum(), 0, 'no other memory written');
  const check = app.instance.exports.jsinterop_heap_check;
  if (check) check(); // the guarded heap's canaries are intact
});

test('an empty typed array crosses as an empty span, with nothing allocated', async () => {
  const { app, e } = await start();
  const heap = app.heapInUse();
  e.bump(new Uint8Array(0));
  assert.equal(app.heapInUse(), heap);
});
