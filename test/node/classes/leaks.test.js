// Leak tests of instances (as test/node/async/leaks.test.js does for handles and callbacks):
// 100,000 instances made and dropped, disposed or left to the FinalizationRegistry, bring the C++
// object count, app.heapInUse() (within 4 KB) and app.liveHandles back to their start.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, gc, load, ticks } from '../async/helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <string>
#include <vector>

namespace leak {
int alive = 0;

class [[jsinterop::export]] Blob {
public:
  [[jsinterop::export]] explicit Blob(int size) : bytes_(static_cast<size_t>(size), 'x') { ++alive; }
  Blob(const Blob &other) : bytes_(other.bytes_) { ++alive; }
  ~Blob() { --alive; }
  [[jsinterop::export]] int size() const { return static_cast<int>(bytes_.size()); }
  [[jsinterop::export]] static int live() { return alive; }

private:
  std::string bytes_; // on the heap past the small-string buffer
};

[[jsinterop::export]] Blob make(int size) { return Blob(size); }
[[jsinterop::export]] std::vector<Blob> many(int n) { return std::vector<Blob>(static_cast<size_t>(n), Blob(40)); }
[[jsinterop::export]] int measure(const Blob &blob) { return blob.size(); }
} // namespace leak

int main() {}
`;

const N = 100_000;
const BATCH = 1000;
const SLACK = 4096;

let app;
let leak;

before(async () => {
  ({ app } = await load(await build(source, 'classes-leaks')));
  leak = app.exports.leak;
});

// Collects until every collected instance's finalizer has run (they run in later tasks).
async function collect() {
  for (let round = 0; round < 20 && leak.Blob.live() > 0; round++) {
    gc();
    await ticks(3);
  }
}

async function noLeak(what, work) {
  await work(BATCH);
  await collect();
  const handles = app.liveHandles;
  const heap = app.heapInUse();
  await work(N);
  await collect();
  assert.equal(leak.Blob.live(), 0, `${what}: every C++ object destroyed`);
  assert.equal(app.liveHandles, handles, `${what}: live handles back to the start`);
  const grown = app.heapInUse() - heap;
  assert.ok(grown <= SLACK, `${what}: heap in use grew by ${grown} bytes`);
}

test('leaks: 100,000 instances made in JS and disposed', async () => {
  await noLeak('disposed', (n) => {
    for (let i = 0; i < n; i++) {
      const blob = new leak.Blob(40);
      assert.equal(leak.measure(blob), 40);
      blob.dispose();
    }
  });
});

test('leaks: 100,000 instances from C++ results dropped without dispose (the FinalizationRegistry)', async () => {
  await noLeak('collected', async (n) => {
    for (let i = 0; i < n; i++) {
      if (leak.make(40).size() !== 40) throw new Error('wrong size');
      if (i % 10_000 === 0) await ticks(1); // let finalizers run as a program would
    }
  });
});

test('leaks: 100,000 instances in arrays from C++, half disposed, half dropped', async () => {
  await noLeak('arrays', (n) => {
    for (let done = 0; done < n; done += BATCH) {
      const blobs = leak.many(BATCH);
      blobs.forEach((blob, index) => index % 2 === 0 && blob.dispose());
    }
  });
});
