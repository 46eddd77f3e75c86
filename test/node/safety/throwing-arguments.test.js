// An export's argument whose reading throws (issue 16, item 11): an element getter that throws, at
// once or only when read a second time. No wasm code ran, so the caller gets a TypeError naming the
// export and the parameter (with the getter's error as its cause), and the app stays usable.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <optional>
#include <string>
#include <vector>

namespace args {
[[jsinterop::export]] int count(std::vector<int> values, std::string label) { return static_cast<int>(values.size() + label.size()); }
[[jsinterop::export]] int names(std::vector<std::optional<std::string>> values) { return static_cast<int>(values.size()); }
[[jsinterop::export]] int probe() { return 7; }
}
`;

let wasm;
before(() => {
  wasm = readFileSync(compileProgram(source, 'safety-throwing-arguments'));
});

const start = async () => {
  const app = await instantiate(wasm, { stdout: () => {}, stderr: () => {} });
  return { app, e: app.exports.args };
};

// An array whose element 0 throws `error` from its `throwAt`-th read on.
function throwing(values, error, throwAt) {
  const array = [...values];
  let reads = 0;
  Object.defineProperty(array, 0, {
    get() {
      reads += 1;
      if (reads >= throwAt) throw error;
      return values[0];
    },
  });
  return array;
}

test('an element getter that throws at its second read: the array is read once, the call works', async () => {
  const { app, e } = await start();
  const handles = app.liveHandles;
  assert.equal(e.count(throwing([1, 2], new Error('second read'), 2), 'ab'), 4);
  assert.equal(e.names(throwing(['x', null], new Error('second read'), 2)), 2);
  assert.equal(app.liveHandles, handles);
});

test('an element getter that throws at once: a TypeError naming the export and the parameter, the app stays usable', async () => {
  const { app, e } = await start();
  const heap = app.heapInUse();
  const handles = app.liveHandles;
  const cause = new Error('getter says no');
  assert.throws(() => e.count(throwing([1, 2], cause, 1), 'label'), (error) => {
    assert.ok(error instanceof TypeError);
    assert.match(error.message, /^args\.count: parameter 'values' expects an array of int32 .*, got a value that threw when read \(getter says no\)$/);
    assert.equal(error.cause, cause);
    return true;
  });
  assert.throws(() => e.names(throwing(['x'], 'a string thrown', 1)), {
    name: 'TypeError',
    message: /^args\.names: parameter 'values' .*threw when read \(a string thrown\)$/,
  });
  assert.equal(e.probe(), 7, 'the app is usable');
  assert.equal(e.count([1, 2, 3], ''), 3);
  assert.equal(app.heapInUse(), heap, 'the string of a later parameter was not copied in');
  assert.equal(app.liveHandles, handles);
});
