// Conformance: std::span<std::uint8_t | std::int32_t | double> (and float, int64) reaches an import as a
// MemoryView over the C++ memory, valid for the call only; jsinterop::array_segment<...> reaches JS as
// a MemoryView that lives until dispose(). MemoryView: length, byteLength, set, copyTo, slice, dispose,
// isDisposed; bounds are checked (RangeError); a disposed view throws on use.
// Resolved: array_segment<T> is built like std::span, from (pointer, count) — API.md names no
// constructor; it does not own the memory, the C++ code keeps it alive. A span of int64_t reads as a
// BigInt64Array (bigint elements) with no marshal_as needed (docs/design.md's element list).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { MemoryView, build, load, same } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <numeric>
#include <span>
#include <string>
#include <vector>

[[jsinterop::import("bytes", "Views")]] void js_bytes(std::span<std::uint8_t> view);
[[jsinterop::import("ints", "Views")]] void js_ints(std::span<std::int32_t> view);
[[jsinterop::import("doubles", "Views")]] void js_doubles(std::span<double> view);
[[jsinterop::import("floats", "Views")]] void js_floats(std::span<float> view);
[[jsinterop::import("longs", "Views")]] void js_longs(std::span<std::int64_t> view);
[[jsinterop::import("segment", "Views")]] void js_segment(jsinterop::array_segment<double> view);
[[jsinterop::import("two", "Views")]] int js_two(std::span<std::uint8_t> a, std::span<double> b);

static std::vector<std::uint8_t> byte_store(16);
static std::vector<double> double_store = {1.5, -0.0, 5e-324, 1e308};
static std::vector<std::int32_t> int_store = {-2147483647 - 1, 0, 2147483647};

namespace views {
[[jsinterop::export]] std::string bytes_round_trip() {
  std::vector<std::uint8_t> bytes(8);
  std::iota(bytes.begin(), bytes.end(), 250);  // 250..255, 0, 1
  js_bytes(bytes);
  std::string out;
  for (auto byte : bytes) out += std::to_string(byte) + ",";
  return out;
}
[[jsinterop::export]] std::string ints_round_trip() {
  std::vector<std::int32_t> ints = int_store;
  js_ints(ints);
  std::string out;
  for (auto value : ints) out += std::to_string(value) + ",";
  return out;
}
[[jsinterop::export]] double doubles_round_trip() {
  std::vector<double> values = double_store;
  js_doubles(values);
  return values[0] + values[1];
}
[[jsinterop::export]] double floats_round_trip() {
  float values[3] = {0.5f, -1.0f, 3.4028234663852886e38f};
  js_floats(values);
  return values[2];
}
[[jsinterop::export]] std::string longs_round_trip() {
  std::int64_t values[2] = {-9223372036854775807LL - 1, 9223372036854775807LL};
  js_longs(values);
  return std::to_string(values[0]) + "," + std::to_string(values[1]);
}
[[jsinterop::export]] void empty_views() {
  js_bytes({});
  js_doubles(std::span<double>(double_store).subspan(4));
}
[[jsinterop::export]] void sub_span() { js_ints(std::span<std::int32_t>(int_store).subspan(1, 1)); }
[[jsinterop::export]] int two_views() { return js_two(byte_store, double_store); }
[[jsinterop::export]] void send_segment() { js_segment(jsinterop::array_segment<double>(double_store.data(), double_store.size())); }
[[jsinterop::export]] jsinterop::array_segment<double> segment_of_doubles() {
  return jsinterop::array_segment<double>(double_store.data(), double_store.size());
}
[[jsinterop::export]] jsinterop::array_segment<std::uint8_t> segment_of_bytes() {
  return jsinterop::array_segment<std::uint8_t>(byte_store.data(), byte_store.size());
}
[[jsinterop::export]] jsinterop::array_segment<std::int32_t> segment_of_ints() {
  return jsinterop::array_segment<std::int32_t>(int_store.data(), int_store.size());
}
[[jsinterop::export]] jsinterop::array_segment<std::int32_t> empty_segment() { return jsinterop::array_segment<std::int32_t>(int_store.data(), 0); }
[[jsinterop::export]] double double_at(int index) { return double_store.at(index); }
[[jsinterop::export]] int byte_at(int index) { return byte_store.at(index); }
[[jsinterop::export]] void set_double(int index, double value) { double_store.at(index) = value; }
} // namespace views

int main() { return 0; }
`;

let wasm;
let app;
const seen = {};
const Views = {
  bytes: (view) => seen.bytes?.(view),
  ints: (view) => seen.ints?.(view),
  doubles: (view) => seen.doubles?.(view),
  floats: (view) => seen.floats?.(view),
  longs: (view) => seen.longs?.(view),
  segment: (view) => seen.segment?.(view),
  two: (a, b) => seen.two?.(a, b),
};

before(async () => {
  wasm = await build(source, 'conformance-memory-views');
  ({ app } = await load(wasm, { Views }));
});

test('span<uint8_t>: a MemoryView with length, byteLength, slice, copyTo and set that C++ sees', () => {
  let kept = null;
  seen.bytes = (view) => {
    kept = view;
    assert.ok(view instanceof MemoryView, 'a MemoryView');
    assert.equal(view.length, 8);
    assert.equal(view.byteLength, 8);
    assert.equal(view.isDisposed, false);
    const copy = view.slice();
    assert.ok(copy instanceof Uint8Array, 'slice() is a Uint8Array');
    assert.deepEqual([...copy], [250, 251, 252, 253, 254, 255, 0, 1]);
    assert.deepEqual([...view.slice(5, 7)], [255, 0]);
    const target = new Uint8Array(8);
    view.copyTo(target, 6);
    assert.deepEqual([...target.subarray(0, 2)], [0, 1], 'copyTo from sourceOffset 6');
    view.set([9, 8, 7]);
    view.set(new Uint8Array([42]), 7);
    copy[0] = 0; // a slice is a copy
  };
  assert.equal(app.exports.views.bytes_round_trip(), '9,8,7,253,254,255,0,42,', 'C++ sees what JS set');
  assert.ok(kept, 'the import was called');
  assert.equal(kept.isDisposed, true, 'the view is disposed after the import returns');
  assert.throws(() => kept.slice(), Error, 'a disposed span view cannot be read');
  assert.throws(() => kept.set([1]), Error, 'a disposed span view cannot be written');
});

test('span<int32_t>, span<double>, span<float>, span<int64_t>: typed elements, writes reach C++', () => {
  seen.ints = (view) => {
    assert.equal(view.byteLength, 12);
    const copy = view.slice();
    assert.ok(copy instanceof Int32Array);
    assert.deepEqual([...copy], [-2147483648, 0, 2147483647]);
    view.set([-1], 1);
  };
  assert.equal(app.exports.views.ints_round_trip(), '-2147483648,-1,2147483647,');
  seen.doubles = (view) => {
    const copy = view.slice();
    assert.ok(copy instanceof Float64Array);
    assert.equal(view.byteLength, 32);
    same(copy[1], -0, 'span<double>[1]');
    same(copy[2], 5e-324, 'span<double>[2]');
    view.set([0.25, 0.5]);
  };
  assert.equal(app.exports.views.doubles_round_trip(), 0.75);
  seen.floats = (view) => {
    const copy = view.slice();
    assert.ok(copy instanceof Float32Array);
    assert.equal(copy[2], 3.4028234663852886e38);
    view.set([1.5], 2);
  };
  assert.equal(app.exports.views.floats_round_trip(), 1.5);
  seen.longs = (view) => {
    const copy = view.slice();
    assert.ok(copy instanceof BigInt64Array);
    assert.deepEqual([...copy], [-(2n ** 63n), 2n ** 63n - 1n]);
    view.set([5n], 0);
  };
  assert.equal(app.exports.views.longs_round_trip(), '5,9223372036854775807');
});

test('span: views of length zero, sub-spans, two views in one call', () => {
  const lengths = [];
  seen.bytes = (view) => {
    lengths.push(view.length, view.byteLength);
    assert.equal(view.slice().length, 0);
    view.set([]);
    view.copyTo(new Uint8Array(0));
  };
  seen.doubles = (view) => lengths.push(view.length);
  app.exports.views.empty_views();
  assert.deepEqual(lengths, [0, 0, 0]);
  seen.ints = (view) => {
    assert.equal(view.length, 1);
    assert.deepEqual([...view.slice()], [0], 'a sub-span sees only its element');
  };
  app.exports.views.sub_span();
  seen.two = (a, b) => {
    assert.equal(a.length, 16);
    assert.equal(b.length, 4);
    a.set([7], 3);
    return b.slice()[0] === 1.5 ? 1 : 0;
  };
  assert.equal(app.exports.views.two_views(), 1);
  assert.equal(app.exports.views.byte_at(3), 7);
});

test('MemoryView: bounds are checked with RangeError', () => {
  let checked = false;
  seen.ints = (view) => {
    assert.throws(() => view.set([1, 2]), RangeError, 'set past the end');
    assert.throws(() => view.set([1], 1), RangeError, 'set at the end');
    assert.throws(() => view.set([], 2), RangeError, 'set at an offset past the end');
    assert.throws(() => view.slice(0, 2), RangeError, 'slice past the end');
    assert.throws(() => view.slice(2), RangeError, 'slice starting past the end');
    assert.throws(() => view.copyTo(new Int32Array(0)), RangeError, 'copyTo a target too small');
    assert.throws(() => view.copyTo(new Int32Array(1), 2), RangeError, 'copyTo from an offset past the end');
    assert.deepEqual([...view.slice()], [0], 'nothing was written');
    checked = true;
  };
  app.exports.views.sub_span();
  assert.ok(checked);
});

test('array_segment: an export result is a MemoryView that lives until dispose()', () => {
  const { views } = app.exports;
  const segment = views.segment_of_doubles();
  assert.ok(segment instanceof MemoryView);
  assert.equal(segment.length, 4);
  assert.equal(segment.byteLength, 32);
  views.set_double(0, 2.5); // C++ writes after the view was made: the view reads the live memory
  const copy = segment.slice();
  assert.ok(copy instanceof Float64Array);
  assert.equal(copy[0], 2.5);
  same(copy[1], -0, 'segment[1]');
  segment.set([1.5]);
  assert.equal(views.double_at(0), 1.5, 'C++ sees what JS set');
  views.segment_of_bytes(); // other calls do not dispose it
  assert.equal(segment.isDisposed, false);
  assert.equal(segment.slice(0, 1)[0], 1.5);
  segment.dispose();
  assert.equal(segment.isDisposed, true);
  assert.throws(() => segment.slice(), Error, 'a disposed segment cannot be read');
  segment.dispose(); // a second dispose is harmless
});

test('array_segment: uint8 and int32 elements; an empty segment', () => {
  const bytes = app.exports.views.segment_of_bytes();
  assert.ok(bytes.slice() instanceof Uint8Array);
  assert.equal(bytes.length, 16);
  const ints = app.exports.views.segment_of_ints();
  assert.ok(ints.slice() instanceof Int32Array);
  assert.equal(ints.slice()[2], 2147483647);
  const empty = app.exports.views.empty_segment();
  assert.equal(empty.length, 0);
  assert.equal(empty.byteLength, 0);
  assert.throws(() => empty.set([1]), RangeError);
  for (const view of [bytes, ints, empty]) view.dispose();
});

test('array_segment: an import parameter stays valid after the import returns', () => {
  let kept = null;
  seen.segment = (view) => {
    kept = view;
  };
  app.exports.views.send_segment();
  assert.ok(kept instanceof MemoryView);
  assert.equal(kept.isDisposed, false, 'not disposed when the import returns');
  app.exports.views.set_double(3, 42);
  assert.equal(kept.slice()[3], 42);
  kept.dispose();
  assert.equal(kept.isDisposed, true);
});
