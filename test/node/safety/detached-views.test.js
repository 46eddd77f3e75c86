// A typed array on the module's memory whose buffer a memory growth detached (issue 16, item 6):
// when an earlier argument's lowering grows the memory during the call, the span still views the
// same place of the (new) memory; a typed array already detached when the call starts is a TypeError
// naming the export and the parameter, never an empty span.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

static std::vector<std::uint8_t> *store = new std::vector<std::uint8_t>{1, 2, 3, 4, 5, 6, 7, 8};

namespace views {
[[jsinterop::export]] int store_address() { return static_cast<int>(reinterpret_cast<std::uintptr_t>(store->data())); }
// The text's length, then the span's element count and sum: all three say what C++ received.
[[jsinterop::export]] std::string text_then_bytes(std::string text, std::span<std::uint8_t> bytes) {
  int sum = 0;
  for (auto byte : bytes) sum += byte;
  return std::to_string(text.size()) + " " + std::to_string(bytes.size()) + " " + std::to_string(sum);
}
[[jsinterop::export]] int sum(std::span<const std::uint8_t> bytes) {
  int total = 0;
  for (auto byte : bytes) total += byte;
  return total;
}
}
`;

let wasm;
before(() => {
  wasm = readFileSync(compileProgram(source, 'safety-detached-views'));
});

const start = async () => {
  const app = await instantiate(wasm, { stdout: () => {}, stderr: () => {} });
  return { app, e: app.exports.views };
};

test('a typed array on the memory, detached by the growth an earlier argument causes, is read in place from the new memory', async () => {
  const { app, e } = await start();
  const bytes = new Uint8Array(app.memory.buffer, e.store_address(), 8);
  const pages = app.memory.buffer.byteLength / 65536;
  // Copying a string this long in needs more memory than the module has: the memory grows, and
  // `bytes`' buffer is detached before the span is lowered.
  const text = 'x'.repeat(app.memory.buffer.byteLength);
  assert.equal(e.text_then_bytes(text, bytes), `${text.length} 8 36`);
  assert.ok(app.memory.buffer.byteLength / 65536 > pages, 'the memory grew during the call');
  assert.equal(bytes.length, 0, 'the typed array the caller holds is detached now');
});

test('a typed array detached before the call is a TypeError naming the export and the parameter; the app stays usable', async () => {
  const { app, e } = await start();
  const stale = new Uint8Array(app.memory.buffer, e.store_address(), 8);
  app.memory.grow(1);
  assert.throws(() => e.sum(stale), {
    name: 'TypeError',
    message: /^views\.sum: parameter 'bytes' expects a MemoryView of uint8 or a Uint8Array, got a Uint8Array whose buffer is detached$/,
  });
  const other = new ArrayBuffer(8);
  const moved = new Uint8Array(other);
  structuredClone(other, { transfer: [other] }); // detaches it
  assert.throws(() => e.text_then_bytes('a', moved), { name: 'TypeError', message: /'bytes'.*detached/ });
  assert.equal(e.sum(new Uint8Array(app.memory.buffer, e.store_address(), 8)), 36);
  assert.equal(e.sum(new Uint8Array(0)), 0, 'an empty typed array is still an empty span');
});
