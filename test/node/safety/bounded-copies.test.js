// array_to_memory_<E>(h, address, count) writes exactly the `count` elements C++ allocated (issue 16,
// item 2), whatever the array says its length is by then: C++ code that reads an array in steps
// (array_length, then array_to_memory) gets a clear error when the length changed in between, never a
// write past its buffer. Raw intrinsic calls, as the runtime library makes them (test/node/lib/abi-source.js).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { RAW_PRELUDE, rawExport as ex } from '../lib/abi-source.js';
import { compileProgram } from '../lib/toolchain.js';

const source = `${RAW_PRELUDE}
${ex({ name: 'sum', params: [['a', 'any']], result: 'int32', body: `
  int n = rt_array_length(a), s = 0;
  int *buffer = static_cast<int *>(std::malloc(sizeof(int) * (n + 1)));
  buffer[n] = 12345; // the word after what C++ asked JS to write
  rt_array_to_memory_int32(a, addr(buffer), n);
  rt_release(a);
  for (int i = 0; i < n; i++) s += buffer[i];
  if (buffer[n] != 12345) s = -1;
  std::free(buffer);
  return s;` })}
${ex({ name: 'probe', params: [], result: 'int32', body: '  return 7;' })}
`;

let wasm;
before(() => {
  wasm = readFileSync(compileProgram(source, 'safety-bounded-copies'));
});

const start = () => instantiate(wasm, { stdout: () => {}, stderr: () => {} });

test('an array as long as C++ read it is copied, and nothing after it is written', async () => {
  const app = await start();
  assert.equal(app.exports.sum([1, 2, 3]), 6);
  assert.equal(app.exports.sum([]), 0);
});

test('an array whose length changed after array_length: a clear error, nothing written past the buffer', async () => {
  const app = await start();
  let lengthReads = 0;
  const shifty = new Proxy([1, 2, 3], {
    get: (target, key) => (key === 'length' ? (lengthReads++ === 0 ? 3 : 4) : key === '3' ? 99 : Reflect.get(target, key)),
  });
  assert.throws(() => app.exports.sum(shifty), /jsinterop: the array has 4 elements, but C\+\+ read its length as 3/);
  assert.throws(() => app.exports.probe(), /can no longer be called/);
});
