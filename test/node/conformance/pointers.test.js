// Conformance: std::intptr_t and void* <-> JS number (wasm32: intptr_t is an int32, void* an address
// in [0, 2^32)). Resolved: a void* reaches JS as the unsigned address, so it indexes app.memory; null
// is 0. A negative number, a fraction or a number >= 2^32 for void* is a TypeError.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, same, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <limits>

[[jsinterop::import("echo", "Ptrs")]] void *js_echo_pointer(void *value);
[[jsinterop::import("echo", "Ptrs")]] std::intptr_t js_echo_intptr(std::intptr_t value);
[[jsinterop::import("record", "Ptrs")]] void js_record(void *pointer, std::intptr_t address, std::int32_t stored);

static std::int32_t cell = 0x12345678;

namespace ptrs {
[[jsinterop::export]] void *echo_pointer(void *value) { return value; }
[[jsinterop::export]] std::intptr_t echo_intptr(std::intptr_t value) { return value; }
[[jsinterop::export]] void *cell_address() { return &cell; }
[[jsinterop::export]] std::intptr_t cell_address_int() { return reinterpret_cast<std::intptr_t>(&cell); }
[[jsinterop::export]] int read_cell(void *address) { return *static_cast<std::int32_t *>(address); }
[[jsinterop::export]] bool is_null(void *value) { return value == nullptr; }
[[jsinterop::export]] void *null_pointer() { return nullptr; }
[[jsinterop::export]] void *high_pointer() { return reinterpret_cast<void *>(std::uintptr_t{0xFFFFFFF0u}); }
[[jsinterop::export]] double pointer_value(void *value) { return static_cast<double>(reinterpret_cast<std::uintptr_t>(value)); }
[[jsinterop::export]] bool via_js_same(void *value) { return js_echo_pointer(value) == value; }
[[jsinterop::export]] std::intptr_t via_js_intptr(std::intptr_t value) { return js_echo_intptr(value); }
[[jsinterop::export]] void send() {
  js_record(&cell, reinterpret_cast<std::intptr_t>(&cell), cell);
  js_record(nullptr, std::numeric_limits<std::intptr_t>::min(), 0);
  js_record(reinterpret_cast<void *>(std::uintptr_t{0xFFFFFFF0u}), std::numeric_limits<std::intptr_t>::max(), 0);
}
} // namespace ptrs

int main() { return 0; }
`;

let wasm;
let app;
let reply = (value) => value;
const received = [];
const Ptrs = { echo: (value) => reply(value), record: (...args) => received.push(args) };

before(async () => {
  wasm = await build(source, 'conformance-pointers');
  ({ app } = await load(wasm, { Ptrs }));
});

test('void*: an address from C++ indexes the wasm memory and comes back unchanged', () => {
  const { ptrs } = app.exports;
  const address = ptrs.cell_address();
  assert.equal(typeof address, 'number');
  assert.ok(Number.isInteger(address) && address > 0 && address % 4 === 0, `address ${address}`);
  assert.equal(new DataView(app.memory.buffer).getInt32(address, true), 0x12345678, 'JS reads the cell at the address');
  assert.equal(ptrs.read_cell(address), 0x12345678, 'C++ dereferences the address JS passed back');
  assert.equal(ptrs.cell_address_int(), address, 'intptr_t and void* agree');
});

test('void*: null is 0 both ways; addresses >= 2^31 stay unsigned', () => {
  const { ptrs } = app.exports;
  same(ptrs.null_pointer(), 0, 'nullptr');
  assert.equal(ptrs.is_null(0), true);
  assert.equal(ptrs.is_null(8), false);
  same(ptrs.high_pointer(), 0xfffffff0, 'high_pointer()');
  same(ptrs.echo_pointer(0xfffffff0), 0xfffffff0, 'echo_pointer(0xfffffff0)');
  same(ptrs.pointer_value(4294967295), 4294967295, 'C++ received 0xffffffff');
});

test('intptr_t: int32 range both ways', () => {
  const { ptrs } = app.exports;
  for (const value of [0, 1, -1, 2147483647, -2147483648]) same(ptrs.echo_intptr(value), value, `echo_intptr(${value})`);
});

test('pointers: import parameters and results', () => {
  reply = (value) => value;
  received.length = 0;
  const { ptrs } = app.exports;
  ptrs.send();
  const address = ptrs.cell_address();
  assert.deepEqual(received, [
    [address, address, 0x12345678],
    [0, -2147483648, 0],
    [0xfffffff0, 2147483647, 0],
  ]);
  assert.equal(ptrs.via_js_same(address), true);
  assert.equal(ptrs.via_js_same(0xfffffff0), true);
  for (const value of [-2147483648, 2147483647, 0]) same(ptrs.via_js_intptr(value), value, `via_js_intptr(${value})`);
});

test('pointers: wrong values are TypeErrors naming the export and parameter', () => {
  const { ptrs } = app.exports;
  for (const bad of [-1, 2 ** 32, 0.5, NaN, '8', 8n, null, undefined]) {
    assert.throws(() => ptrs.echo_pointer(bad), typeErrorFor('ptrs.echo_pointer', 'value'), `echo_pointer(${String(bad)})`);
  }
  for (const bad of [2 ** 31, -(2 ** 31) - 1, 0.5, '1', 1n]) {
    assert.throws(() => ptrs.echo_intptr(bad), typeErrorFor('ptrs.echo_intptr', 'value'), `echo_intptr(${String(bad)})`);
  }
});

test('pointers: an import returning a wrong value stops the program naming the import', async () => {
  for (const bad of [-1, 2 ** 32, 0.5, 'x', null]) {
    reply = () => bad;
    const fresh = await load(wasm, { Ptrs });
    assert.throws(() => fresh.exports.ptrs.via_js_same(8), namesImport('echo'), `echo returned ${String(bad)}`);
  }
  reply = (value) => value;
});
