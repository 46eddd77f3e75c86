// jsinterop::function_ref (docs/lifetimes.md): a C++ callable lent to an import for the call only.
// JS calls it during the call like any callback; when the import returns it is revoked at once,
// without dispose() and without the garbage collector, and a later call throws an Error in JS.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load } from './helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <string>
#include <vector>
using jsinterop::function_ref;
using jsinterop::result;

[[jsinterop::import("forEach", "F")]] void js_for_each(std::vector<int> values, function_ref<void(int)> visit);
[[jsinterop::import("sortWith", "F")]] std::vector<std::string> js_sort(std::vector<std::string> values, function_ref<int(std::string, std::string)> compare);
[[jsinterop::import("keep", "F")]] int js_keep(function_ref<int(int)> f);
[[jsinterop::import("callChecked", "F")]] std::string js_call_checked(function_ref<result<int>(int)> f);
[[jsinterop::import("callTwice", "F")]] int js_call_twice(function_ref<int()> first, function_ref<int()> second);

namespace fr {
[[jsinterop::export]] int sum(std::vector<int> values) {
  int total = 0;
  js_for_each(values, [&total](int v) { total += v; }); // captures a local by reference: safe
  return total;
}
[[jsinterop::export]] std::string sorted() {
  std::vector<std::string> out = js_sort({"pear", "fig", "banana"}, [](std::string a, std::string b) {
    return static_cast<int>(a.size()) - static_cast<int>(b.size());
  });
  std::string text;
  for (const auto &s : out) text += s + ",";
  return text;
}
[[jsinterop::export]] int keep(int base) {
  auto add = [base](int x) { return x + base; };
  return js_keep(add);
}
[[jsinterop::export]] std::string checked() {
  return js_call_checked([](int x) -> result<int> {
    if (x < 0) return jsinterop::unexpected(jsinterop::js_error("negative"));
    return x * 2;
  });
}
[[jsinterop::export]] int twice() {
  int calls = 0;
  return js_call_twice([&] { return ++calls; }, [&] { return 10 * ++calls; });
}
[[jsinterop::export]] int many(int n) {
  int total = 0;
  for (int i = 0; i < n; ++i) total += js_keep([i](int x) { return x + (i & 1); });
  return total;
}
}

int main() { return 0; }
`;

let app;
let kept = [];
const F = {
  forEach: (values, visit) => values.forEach((value) => visit(value)),
  sortWith: (values, compare) => [...values].sort(compare),
  keep: (f) => {
    kept.push(f);
    return f(1);
  },
  callChecked: (f) => {
    let message = 'no throw';
    try {
      f(-1);
    } catch (error) {
      message = `${error instanceof Error}:${error.message}`;
    }
    return `${f(21)},${message}`;
  },
  callTwice: (first, second) => first() + second(),
};

before(async () => {
  const wasm = await build(source, 'async-function-ref');
  ({ app } = await load(wasm, { F }));
});

test('function_ref: JS calls a lent C++ lambda during the import (forEach, a comparator)', () => {
  assert.equal(app.exports.fr.sum([1, 2, 3, 40]), 46);
  assert.equal(app.exports.fr.sorted(), 'fig,pear,banana,');
});

test('function_ref: result<R> errors become JS throws, and two lent callables in one call', () => {
  assert.equal(app.exports.fr.checked(), '42,true:negative');
  assert.equal(app.exports.fr.twice(), 1 + 20);
});

test('function_ref: after the import returns, the function is revoked and a call throws an Error', () => {
  kept = [];
  assert.equal(app.exports.fr.keep(5), 6);
  assert.equal(kept.length, 1);
  assert.throws(() => kept[0](1), {
    name: 'Error',
    message: 'jsinterop: this C++ callback was lent to JS for one call (jsinterop::function_ref), which has returned',
  });
  kept[0].dispose(); // harmless after the revocation
});

test('function_ref: 100,000 lent callables kept by JS leave no handle and no C++ callable behind, with no GC', () => {
  kept = [];
  app.exports.fr.many(1000);
  kept = [];
  const handles = app.liveHandles;
  const heap = app.heapInUse();
  assert.equal(app.exports.fr.many(100_000), 150_000);
  assert.equal(kept.length, 100_000); // JS still holds every function: only revocation freed them
  assert.equal(app.liveHandles, handles);
  const grown = app.heapInUse() - heap;
  assert.ok(grown <= 4096, `heap in use grew by ${grown} bytes`);
  kept = [];
});
