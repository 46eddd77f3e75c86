// A JS array that changes while C++ reads it (issue 16, item 2): C++ sizes a vector by the array's
// length, then JS copies the elements into it. An element getter that grows the array when it is
// read again, or a Proxy whose length changes, must never make JS write past what C++ allocated:
// each element is read once and the copy is bounded by C++'s size, or the program ends with a clear
// message. Every route: an export's array parameter, an import's array result, object::get, any::as,
// a C++ callback's argument, a promise's value; vectors copied in bulk (numbers) and element by
// element (strings).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <functional>
#include <numeric>
#include <string>
#include <vector>
using jsinterop::any;
using jsinterop::object;
using jsinterop::task;

static int total(const std::vector<int> &values) { return std::accumulate(values.begin(), values.end(), 0); }

[[jsinterop::import("numbers", "Pick")]] std::vector<int> pick_numbers();
[[jsinterop::import("names", "Pick")]] std::vector<std::string> pick_names();

namespace grow {
[[jsinterop::export]] int param(std::vector<int> values) { return total(values); }
[[jsinterop::export]] int property(object holder) { return total(holder.get<std::vector<int>>("list")); }
[[jsinterop::export]] std::string names(object holder) {
  std::string joined;
  for (const auto &name : holder.get<std::vector<std::string>>("list")) joined += name + ",";
  return joined;
}
[[jsinterop::export]] double as_doubles(any value) {
  double sum = 0;
  for (double x : value.as<std::vector<double>>()) sum += x;
  return sum;
}
[[jsinterop::export]] std::function<int(std::vector<int>)> summer() { return [](std::vector<int> values) { return total(values); }; }
[[jsinterop::export]] task<int> later(task<std::vector<int>> values) { co_return total(co_await values); }
[[jsinterop::export]] int from_import() { return total(pick_numbers()); }
[[jsinterop::export]] int names_from_import() { return static_cast<int>(pick_names().size()); }
[[jsinterop::export]] int probe() { return 7; }
}
`;

let wasm;
before(() => {
  // Guarded heap: a write past a vector's buffer ends the program with a message when it is found.
  wasm = readFileSync(compileProgram(source, 'safety-growing-arrays', { guardedHeap: true }));
});

const Pick = { numbers: () => [], names: () => [] };
const start = async () => {
  const app = await instantiate(wasm, { modules: { Pick }, stdout: () => {}, stderr: () => {} });
  return { app, e: app.exports.grow };
};

// [first, ...rest] whose element 0 is a getter that returns `first`, and at its second read appends
// 4096 copies of `fill`, or (changing) returns `fill` from then on.
function changing(values, fill, { grows = true } = {}) {
  const array = [...values];
  let reads = 0;
  Object.defineProperty(array, 0, {
    enumerable: true,
    get() {
      reads += 1;
      if (reads === 1 || grows) {
        if (reads === 2) for (let i = 0; i < 4096; i++) array.push(fill);
        return values[0];
      }
      return fill;
    },
  });
  return array;
}

// [first, ...rest] whose element 0 appends 4096 copies of `fill` at its first read, and from its
// second read on returns a Symbol (which fits no element type).
function growingAtOnce(values, fill) {
  const array = [...values];
  let reads = 0;
  Object.defineProperty(array, 0, {
    enumerable: true,
    get() {
      reads += 1;
      if (reads > 1) return Symbol('second read');
      for (let i = 0; i < 4096; i++) array.push(fill);
      return values[0];
    },
  });
  return array;
}

// The heap returns to its start, and every live block's canaries are intact.
function heapIntact(app, startHeap) {
  assert.equal(app.heapInUse(), startHeap);
  app.instance.exports.jsinterop_heap_check?.();
}

test("an export's array parameter is read once: a getter that grows the array or changes its answer has no effect", async () => {
  const { app, e } = await start();
  const heap = app.heapInUse();
  assert.equal(e.param(changing([1, 2, 3], 100)), 6);
  assert.equal(e.param(changing([1, 2, 3], 'not a number', { grows: false })), 6);
  heapIntact(app, heap);
});

test("an import's array result is read once: a getter that grows the array or changes its answer has no effect", async () => {
  const { app, e } = await start();
  const heap = app.heapInUse();
  Pick.numbers = () => changing([1, 2, 3], 100);
  assert.equal(e.from_import(), 6);
  Pick.numbers = () => changing([1, 2, 3], 'not a number', { grows: false });
  assert.equal(e.from_import(), 6);
  Pick.names = () => changing(['a', 'b'], 5, { grows: false });
  assert.equal(e.names_from_import(), 2);
  heapIntact(app, heap);
});

test('object::get<std::vector<int>>: an element getter that grows the array writes nothing past the vector', async () => {
  const { app, e } = await start();
  const heap = app.heapInUse();
  assert.equal(e.property({ list: changing([1, 2, 3], 100) }), 6);
  assert.equal(e.property({ list: growingAtOnce([1, 2, 3], 1) }), 6);
  heapIntact(app, heap);
  assert.equal(e.probe(), 7);
});

test('object::get<std::vector<std::string>>: each element is read once (checked and copied from one read)', async () => {
  const { app, e } = await start();
  assert.equal(e.names({ list: changing(['a', 'b', 'c'], 5, { grows: false }) }), 'a,b,c,');
  assert.equal(e.names({ list: changing(['a', 'b'], 'z') }), 'a,b,');
  assert.equal(e.probe(), 7);
});

test('any::as<std::vector<double>>: the same', async () => {
  const { app, e } = await start();
  const heap = app.heapInUse();
  assert.equal(e.as_doubles(changing([0.5, 1, 2], 100)), 3.5);
  heapIntact(app, heap);
});

test('an element getter that grows the memory while the array is copied into it: every element arrives', async () => {
  const { app, e } = await start();
  const list = [0.5, 1, 2, 4];
  Object.defineProperty(list, 1, { enumerable: true, get: () => (app.memory.grow(1), 1) });
  assert.equal(e.as_doubles(list), 7.5);
});

test("a C++ callback's vector argument: the same", async () => {
  const { app, e } = await start();
  const sum = e.summer();
  const heap = app.heapInUse();
  assert.equal(sum(changing([1, 2, 3], 100)), 6);
  assert.equal(sum(growingAtOnce([1, 2, 3], 100)), 6, 'one read: the length, then each element');
  assert.equal(sum(changing([1, 2, 3], 'not a number', { grows: false })), 6);
  heapIntact(app, heap);
  sum.dispose();
});

test("a promise's vector value: the same", async () => {
  const { app, e } = await start();
  assert.equal(await e.later(Promise.resolve(changing([1, 2, 3], 100))), 6);
  assert.equal(await e.later(Promise.resolve(growingAtOnce([1, 2, 3], 1))), 6);
  assert.equal(await e.later(Promise.resolve(changing([1, 2, 3], 'x', { grows: false }))), 6);
  app.instance.exports.jsinterop_heap_check?.();
  assert.equal(e.probe(), 7);
});

test('a Proxy whose length changes at every read: its length is read once', async () => {
  const { e } = await start();
  let lengthReads = 0;
  const shifty = new Proxy([1, 2, 3], {
    get: (target, key) => (key === 'length' ? (lengthReads++ === 0 ? 3 : 5000) : Reflect.get(target, key)),
  });
  assert.equal(e.property({ list: shifty }), 6);
  assert.equal(e.probe(), 7);
});
