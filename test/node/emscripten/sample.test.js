// examples/interop-sample (the seed's sample) built with jsinterop-em++ as emcc's default script and
// run by node in the sample's folder: its shims come through host::import_module, relative to the
// working directory, and the output matches examples/interop-sample/expected-output.txt line for
// line, as the WASI build's does (test/node/sample/node-run.test.js). Skipped, saying why, without
// emcc.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

import { assertMatchesExpected, sampleDir } from '../sample/expected.js';
import { compileSample, emcc, missing } from './toolchain.js';

test('the interop sample, linked by emcc, prints the expected output in Node', { timeout: 300_000 }, (t) => {
  if (!emcc) {
    console.warn(`SKIPPED: ${missing}`);
    t.skip(missing);
    return;
  }
  const script = compileSample('interop-sample-emscripten.js');
  const run = spawnSync(process.execPath, [script], {
    cwd: sampleDir,
    env: { ...process.env, TZ: 'America/New_York' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `exit code ${run.status}\nstderr:\n${run.stderr}`);
  assert.equal(run.stderr, '', 'nothing on stderr');
  assertMatchesExpected(run.stdout);
});
