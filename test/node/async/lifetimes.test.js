// Conformance: docs/lifetimes.md. A JS object held by C++ is released with its last `object` copy or
// at dispose() (app.liveHandles); a C++ callable held by JS is released at dispose() (then calling it
// throws) or by the FinalizationRegistry; coroutine frames are freed when their promise settles
// (app.heapInUse()); using a disposed object is a clear error.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, delay, gc, load, ticks } from './helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <functional>
#include <optional>
#include <string>
using jsinterop::object;
using jsinterop::task;

[[jsinterop::import("make", "L")]] object js_make();
[[jsinterop::import("later", "L")]] task<int> js_later(int value, int ms);

static int alive = 0;
struct tracker {
  std::string payload = std::string(4000, 'x');
  tracker() { ++alive; }
  tracker(const tracker &other) : payload(other.payload) { ++alive; }
  ~tracker() { --alive; }
};

static std::optional<object> held;
static object copy;

namespace lt {
[[jsinterop::export]] void hold() { held = js_make(); }
[[jsinterop::export]] void copy_held() { copy = *held; }
[[jsinterop::export]] void drop_held() { held.reset(); }
[[jsinterop::export]] void dispose_copy() { copy.dispose(); }
[[jsinterop::export]] bool copy_disposed() { return copy.disposed(); }
[[jsinterop::export]] int alive_trackers() { return alive; }
[[jsinterop::export]] std::function<int(int)> make_callable() {
  tracker t;
  return [t](int x) { return x + static_cast<int>(t.payload.size()); };
}
[[jsinterop::export]] task<int> frame(int value) {
  tracker t;
  int later = co_await js_later(value, 5);
  co_return later + static_cast<int>(t.payload.size());
}
[[jsinterop::export]] int use_disposed() {
  object o = js_make();
  o.dispose();
  return o.get<int>("x");
}
[[jsinterop::export]] int live() { return 1; }
}

int main(int argc, char **) {
  if (argc > 1) {
    object o = js_make();
    o.dispose();
    o.set("x", 1);
  }
  return 0;
}
`;

let wasm;
const L = { make: () => ({ x: 1, big: new Array(10).fill(0) }), later: (value, ms) => delay(ms, value) };

before(async () => {
  wasm = await build(source, 'async-lifetimes');
});

test('lifetime: a JS object held by C++ is released when its last object copy is destroyed', async () => {
  const { app, exports } = await load(wasm, { L });
  const { lt } = exports;
  const start = app.liveHandles;
  lt.hold();
  assert.equal(app.liveHandles, start + 1);
  lt.copy_held();
  assert.ok(app.liveHandles >= start + 1 && app.liveHandles <= start + 2, 'a copy shares or duplicates the handle');
  lt.drop_held();
  assert.ok(app.liveHandles > start, 'the copy still holds the JS object');
  lt.dispose_copy();
  assert.equal(lt.copy_disposed(), true);
  assert.equal(app.liveHandles, start, 'released at dispose() of the last copy');
});

test('lifetime: a C++ callable held by JS is released at dispose(); calling it afterwards throws', async () => {
  const { exports } = await load(wasm, { L });
  const { lt } = exports;
  const start = lt.alive_trackers();
  const f = lt.make_callable();
  assert.equal(lt.alive_trackers(), start + 1, 'the lambda (and its capture) is held for JS');
  assert.equal(f(1), 4001);
  f.dispose();
  assert.equal(lt.alive_trackers(), start, 'dispose() destroys the callable and its captures');
  assert.throws(() => f(1), (error) => error instanceof Error && /dispose/.test(error.message));
  assert.equal(lt.live(), 1, 'the instance lives on');
});

test('lifetime: a C++ callable JS drops is released by the FinalizationRegistry', async () => {
  const { exports } = await load(wasm, { L });
  const { lt } = exports;
  const start = lt.alive_trackers();
  (() => {
    for (let i = 0; i < 10; ++i) lt.make_callable()(1);
  })();
  assert.equal(lt.alive_trackers(), start + 10);
  for (let round = 0; round < 20 && lt.alive_trackers() > start; ++round) {
    gc();
    await ticks(3);
    await delay(5);
  }
  assert.equal(lt.alive_trackers(), start, 'every dropped callable was released');
});

test('lifetime: coroutine frames are freed when their promise settles', async () => {
  const { app, exports } = await load(wasm, { L });
  const { lt } = exports;
  await lt.frame(0); // warm up lazy allocations
  const heap = app.heapInUse();
  const handles = app.liveHandles;
  const pending = [lt.frame(1), lt.frame(2), lt.frame(3)];
  assert.ok(app.heapInUse() > heap, 'suspended frames are on the heap');
  assert.equal(lt.alive_trackers(), 3, 'the frames\' locals are alive while suspended');
  assert.deepEqual(await Promise.all(pending), [4001, 4002, 4003]);
  await ticks();
  assert.equal(lt.alive_trackers(), 0, 'locals destroyed when the coroutines finish');
  assert.equal(app.heapInUse(), heap, 'heap back to where it was');
  assert.equal(app.liveHandles, handles);
});

test('lifetime: using a disposed object ends the program with a message about dispose (export)', async () => {
  const { exports } = await load(wasm, { L });
  assert.throws(() => exports.lt.use_disposed(), (error) => error instanceof Error && /dispose/.test(error.message));
  assert.throws(() => exports.lt.live(), Error, 'the instance is dead afterwards');
});

test('lifetime: using a disposed object in main: run() rejects with a message about dispose', async () => {
  const { app } = await load(wasm, { L }, { args: ['disposed'] });
  await assert.rejects(app.run(), (error) => error instanceof Error && /dispose/.test(error.message));
});
