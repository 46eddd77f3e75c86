// Leak tests (docs/lifetimes.md, js/README.md "Leak tests"): 100,000 cycles each of objects,
// strings, callbacks and promises bring app.liveHandles back to its start and app.heapInUse() back
// within 4 KB of its start. Loops run inside C++ where possible; promises are batched.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, ticks } from './helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <functional>
#include <string>
#include <vector>
using jsinterop::object;
using jsinterop::result;
using jsinterop::task;

[[jsinterop::import("make", "K")]] object k_make();
[[jsinterop::import("echo", "K")]] std::string k_echo(std::string text);
[[jsinterop::import("callOnce", "K")]] int k_call_once(std::function<int(int)> f);
[[jsinterop::import("resolveSoon", "K")]] task<int> k_resolve(int value);
[[jsinterop::import("rejectSoon", "K")]] task<result<int>> k_reject(std::string reason);

namespace leak {
[[jsinterop::export]] int objects(int n) {
  int sum = 0;
  for (int i = 0; i < n; ++i) { object o = k_make(); sum += o.get<int>("v"); }
  return sum;
}
[[jsinterop::export]] int strings(int n) {
  int total = 0;
  for (int i = 0; i < n; ++i) total += static_cast<int>(k_echo("some text, žluťoučký " + std::to_string(i)).size());
  return total;
}
[[jsinterop::export]] std::string echo(std::string text) { return text + "!"; }
[[jsinterop::export]] int callbacks(int n) {
  int total = 0;
  for (int i = 0; i < n; ++i) total += k_call_once([i](int x) { return x + i; });
  return total;
}
[[jsinterop::export]] int call_js(std::function<int(int)> f, int n) {
  int total = 0;
  for (int i = 0; i < n; ++i) total += f(i);
  return total;
}
[[jsinterop::export]] task<int> resolved(int n) {
  std::vector<task<int>> tasks;
  tasks.reserve(n);
  for (int i = 0; i < n; ++i) tasks.push_back(k_resolve(i));
  int sum = 0;
  for (auto &t : tasks) sum += co_await t;
  co_return sum;
}
[[jsinterop::export]] task<int> rejected(int n) {
  std::vector<task<result<int>>> tasks;
  tasks.reserve(n);
  for (int i = 0; i < n; ++i) tasks.push_back(k_reject("no"));
  int errors = 0;
  for (auto &t : tasks) { result<int> r = co_await t; errors += r ? 0 : 1; }
  co_return errors;
}
[[jsinterop::export]] task<int> exported(int value) { co_return co_await k_resolve(value) + 1; }
}

int main() { return 0; }
`;

const N = 100_000;
const BATCH = 1000;
const SLACK = 4096;

let wasm;
let app;
let leak;
const K = {
  make: () => ({ v: 1 }),
  echo: (text) => text,
  callOnce: (f) => { const r = f(1); f.dispose(); return r; },
  resolveSoon: (value) => Promise.resolve(value),
  rejectSoon: (reason) => Promise.reject(reason),
};

before(async () => {
  wasm = await build(source, 'async-leaks');
  ({ app } = await load(wasm, { K }));
  leak = app.exports.leak;
});

// Runs `work` once to warm up lazy allocations, then measures around `work` repeated.
async function noLeak(what, work) {
  await work(BATCH);
  await ticks();
  const handles = app.liveHandles;
  const heap = app.heapInUse();
  await work(N);
  await ticks();
  assert.equal(app.liveHandles, handles, `${what}: live handles back to the start`);
  const grown = app.heapInUse() - heap;
  assert.ok(grown <= SLACK, `${what}: heap in use grew by ${grown} bytes`);
}

test('leaks: 100,000 objects C++ gets from JS and drops', async () => {
  await noLeak('objects', (n) => assert.equal(leak.objects(n), n));
});

test('leaks: 100,000 strings C++ -> JS -> C++', async () => {
  await noLeak('strings to JS', (n) => leak.strings(n));
});

test('leaks: 100,000 strings JS -> C++ -> JS', async () => {
  await noLeak('strings from JS', (n) => {
    for (let i = 0; i < n; ++i) assert.equal(leak.echo(`text ${i}`), `text ${i}!`);
  });
});

test('leaks: 100,000 C++ callbacks JS calls once then disposes', async () => {
  await noLeak('C++ callbacks', (n) => leak.callbacks(n));
});

test('leaks: JS functions passed to C++ and called (100,000 passes, 100,000 calls)', async () => {
  await noLeak('JS functions', (n) => {
    for (let i = 0; i < n; ++i) leak.call_js((x) => x + 1, 1);
    let expected = 0;
    for (let i = 0; i < n; ++i) expected += i % 7;
    assert.equal(leak.call_js((x) => x % 7, n), expected);
  });
});

test('leaks: 100,000 resolved promises awaited in C++ (1000 in flight at a time)', async () => {
  await noLeak('resolved promises', async (n) => {
    for (let done = 0; done < n; done += BATCH) assert.equal(await leak.resolved(BATCH), ((BATCH - 1) * BATCH) / 2);
  });
});

test('leaks: 100,000 rejected promises awaited in C++ as result<int>', async () => {
  await noLeak('rejected promises', async (n) => {
    for (let done = 0; done < n; done += BATCH) assert.equal(await leak.rejected(BATCH), BATCH);
  });
});

test('leaks: 100,000 exported tasks awaited in JS (1000 at a time)', async () => {
  await noLeak('exported tasks', async (n) => {
    for (let done = 0; done < n; done += BATCH) {
      const batch = [];
      for (let i = 0; i < BATCH; ++i) batch.push(leak.exported(i));
      const values = await Promise.all(batch);
      assert.equal(values[BATCH - 1], BATCH);
    }
  });
});
