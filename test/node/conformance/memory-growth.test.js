// Conformance: the wasm memory grows (64 MB allocations) while strings, vectors and MemoryViews are
// crossing or alive. Nothing may read a detached ArrayBuffer: a MemoryView made before the growth
// reads and writes the right memory after it; a string or vector written by JS into memory that
// C++ sized (growing it) arrives intact; a result read after growth is correct.
// Resolved: C++ keeps each 64 MB block (static storage) so the memory really stays grown; each test
// asserts the growth happened (app.memory.buffer got larger) so it cannot pass vacuously.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <numeric>
#include <span>
#include <string>
#include <vector>

static std::vector<std::vector<char>> hoard;
// A 64 MB allocation, kept. When the allocator still had that much room (memory freed by an
// earlier test), the memory did not grow: grow it by a page directly, so every call detaches the
// old ArrayBuffer (wasi-libc's sbrk reads the memory size, so this is safe).
static void grow_64mb() {
  auto pages = __builtin_wasm_memory_size(0);
  hoard.emplace_back(64u << 20, '\x01');
  if (__builtin_wasm_memory_size(0) == pages) __builtin_wasm_memory_grow(0, 1);
}

[[jsinterop::import("withView", "Grow")]] void js_with_view(std::span<std::uint8_t> view);
[[jsinterop::import("withDoubles", "Grow")]] void js_with_doubles(std::span<double> view);
[[jsinterop::import("withString", "Grow")]] void js_with_string(std::string_view text, std::u16string wide);
[[jsinterop::import("withVector", "Grow")]] void js_with_vector(std::vector<int> values);
[[jsinterop::import("bigString", "Grow")]] std::string js_big_string();
[[jsinterop::import("bigVector", "Grow")]] std::vector<double> js_big_vector();
[[jsinterop::import("callback", "Grow")]] std::string js_callback(std::string_view text);

static std::vector<double> segment_store(1024);

namespace grow {
[[jsinterop::export]] void grow() { grow_64mb(); }
[[jsinterop::export]] int blocks() { return static_cast<int>(hoard.size()); }

// The import calls grow() back while it holds the view.
[[jsinterop::export]] std::string view_across_growth() {
  std::vector<std::uint8_t> bytes(4096);
  std::iota(bytes.begin(), bytes.end(), 0);
  js_with_view(bytes);
  return std::to_string(bytes[0]) + "," + std::to_string(bytes[4095]);
}
[[jsinterop::export]] double doubles_across_growth() {
  std::vector<double> values(512, 0.5);
  js_with_doubles(values);
  return values[511];
}
[[jsinterop::export]] jsinterop::array_segment<double> segment() {
  for (std::size_t i = 0; i < segment_store.size(); ++i) segment_store[i] = static_cast<double>(i) + 0.5;
  return jsinterop::array_segment<double>(segment_store.data(), segment_store.size());
}
[[jsinterop::export]] double segment_at(int index) { return segment_store.at(index); }
[[jsinterop::export]] void string_and_vector_args() {
  js_with_string(std::string(100000, 'z') + "ž🐎", std::u16string(5000, u'\u010D'));
  std::vector<int> values(100000);
  std::iota(values.begin(), values.end(), -50000);
  js_with_vector(values);
}
// Growth inside the export, then a large string / vector result.
[[jsinterop::export]] std::string grow_then_string() { grow_64mb(); return std::string(1 << 20, 'q') + "end ž"; }
[[jsinterop::export]] std::vector<int> grow_then_vector() { grow_64mb(); std::vector<int> out(100000); std::iota(out.begin(), out.end(), 0); return out; }
// A string parameter whose copy into memory grows it (JS allocates 32 MB), then growth in C++.
[[jsinterop::export]] std::string big_string_param(std::string_view text) {
  grow_64mb();
  return std::to_string(text.size()) + ":" + std::string(text.substr(text.size() - 6));  // the last 6 bytes
}
// Import results large enough that sizing their C++ storage grows the memory.
[[jsinterop::export]] std::string big_string_result() {
  std::string text = js_big_string();
  return std::to_string(text.size()) + ":" + text.substr(0, 3) + ":" + text.substr(text.size() - 6);
}
[[jsinterop::export]] std::string big_vector_result() {
  std::vector<double> values = js_big_vector();
  return std::to_string(values.size()) + ":" + std::to_string(values.front()) + ":" + std::to_string(values.back());
}
// A callback chain: export -> import -> export that grows -> import returns a string.
[[jsinterop::export]] std::string callback_chain(std::string_view text) { return js_callback(text) + "|" + std::string(text); }
} // namespace grow

int main() { return 0; }
`;

let wasm;
let app;
const hooks = {};
const Grow = {
  withView: (view) => hooks.withView(view),
  withDoubles: (view) => hooks.withDoubles(view),
  withString: (text, wide) => hooks.withString(text, wide),
  withVector: (values) => hooks.withVector(values),
  bigString: () => hooks.bigString(),
  bigVector: () => hooks.bigVector(),
  callback: (text) => hooks.callback(text),
};

before(async () => {
  wasm = await build(source, 'conformance-memory-growth');
  ({ app } = await load(wasm, { Grow }));
});

// Runs fn and asserts that the memory grew meanwhile (the old buffer is detached).
function growing(what, fn) {
  const before = app.memory.buffer;
  const size = before.byteLength;
  const result = fn();
  assert.ok(app.memory.buffer.byteLength > size, `${what}: the memory grew`);
  assert.equal(before.byteLength, 0, `${what}: the old buffer is detached`);
  return result;
}

test('growth: a span MemoryView used after growth in a callback reads and writes the live memory', () => {
  hooks.withView = (view) => {
    assert.equal(view.slice(4094)[1], 4095 % 256);
    app.exports.grow.grow(); // re-entrant export call that grows the memory
    const copy = view.slice();
    assert.equal(copy.length, 4096);
    for (let i = 0; i < 4096; i++) if (copy[i] !== i % 256) assert.fail(`view[${i}] is ${copy[i]} after growth`);
    view.set([200], 0);
    view.set([201], 4095);
    const target = new Uint8Array(4096);
    view.copyTo(target);
    assert.equal(target[4095], 201);
  };
  const result = growing('view', () => app.exports.grow.view_across_growth());
  assert.equal(result, '200,201', 'C++ sees the writes made after growth');
});

test('growth: a span<double> view after growth', () => {
  hooks.withDoubles = (view) => {
    app.exports.grow.grow();
    assert.equal(view.byteLength, 4096);
    assert.ok(view.slice().every((value) => value === 0.5));
    view.set([2.25], 511);
  };
  assert.equal(growing('doubles', () => app.exports.grow.doubles_across_growth()), 2.25);
});

test('growth: an array_segment made before growth reads and writes correctly after it', () => {
  const segment = app.exports.grow.segment();
  growing('segment', () => app.exports.grow.grow());
  const copy = segment.slice();
  assert.equal(copy.length, 1024);
  assert.equal(copy[0], 0.5);
  assert.equal(copy[1023], 1023.5);
  segment.set([-1], 1023);
  assert.equal(app.exports.grow.segment_at(1023), -1, 'C++ sees the write');
  assert.throws(() => segment.slice(0, 1025), RangeError, 'still bounds-checked');
  segment.dispose();
});

test('growth: strings and vectors received by an import survive growth made while JS holds them', () => {
  let calls = 0;
  hooks.withString = (text, wide) => {
    app.exports.grow.grow();
    assert.equal(text.length, 100000 + 3);
    assert.ok(text.endsWith('zž🐎'));
    assert.equal(wide, 'č'.repeat(5000));
    calls++;
  };
  hooks.withVector = (values) => {
    app.exports.grow.grow();
    assert.equal(values.length, 100000);
    assert.equal(values[0], -50000);
    assert.equal(values[99999], 49999);
    calls++;
  };
  growing('string and vector', () => app.exports.grow.string_and_vector_args());
  assert.equal(calls, 2);
});

test('growth: export results made after growth (a 1 MB string, a 100000-element vector)', () => {
  const text = growing('string result', () => app.exports.grow.grow_then_string());
  assert.equal(text.length, (1 << 20) + 5);
  assert.ok(text.startsWith('qqq') && text.endsWith('end ž'));
  const values = growing('vector result', () => app.exports.grow.grow_then_vector());
  assert.equal(values.length, 100000);
  assert.equal(values[99999], 99999);
});

test('growth: a 32 MB string parameter (its copy grows the memory)', () => {
  const text = 'a'.repeat(32 << 20) + 'tail ž';
  const result = growing('big string parameter', () => app.exports.grow.big_string_param(text));
  assert.equal(result, `${(32 << 20) + 7}:ail ž`);
});

test('growth: import results whose C++ storage grows the memory (a 48 MB string, an 8M-element vector)', () => {
  // The hook also grows the memory, so the growth is certain even when the allocator has room left.
  hooks.bigString = () => {
    app.exports.grow.grow();
    return 'ab' + 'c'.repeat(48 << 20) + 'ž🐎';
  };
  const text = growing('big string result', () => app.exports.grow.big_string_result());
  assert.equal(text, `${2 + (48 << 20) + 6}:abc:ž🐎`);
  hooks.bigVector = () => {
    app.exports.grow.grow();
    const values = new Array(8 << 20).fill(1.5);
    values[0] = -2;
    values[values.length - 1] = 7;
    return values;
  };
  assert.equal(growing('big vector result', () => app.exports.grow.big_vector_result()), `${8 << 20}:-2.000000:7.000000`);
});

test('growth: a callback chain that grows memory before returning a string', () => {
  hooks.callback = (text) => {
    app.exports.grow.grow();
    return `${text}:${app.exports.grow.blocks() > 0}:${'ř'.repeat(1000)}`;
  };
  const result = growing('callback chain', () => app.exports.grow.callback_chain('argument ž'));
  assert.equal(result, `argument ž:true:${'ř'.repeat(1000)}|argument ž`);
});
