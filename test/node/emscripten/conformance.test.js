// The conformance programs (test/node/conformance/) built with jsinterop-em++ and run in the JS that
// emcc writes (a MODULARIZE factory), in Node: the same tests, the same expected values as the
// WASI build. Skipped, saying why, when the build has no Emscripten support.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

import { repoRoot } from '../lib/toolchain.js';
import { emcc, missing } from './toolchain.js';

test('the conformance suite passes through jsinterop-em++ and emcc', { timeout: 900_000 }, (t) => {
  if (!emcc) {
    console.warn(`SKIPPED: ${missing}`);
    t.skip(missing);
    return;
  }
  const { NODE_TEST_CONTEXT, ...env } = process.env; // a test runner of its own, reporting in TAP
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', join(repoRoot, 'test/node/conformance')], {
    env: { ...env, JSINTEROP_TOOLCHAIN: 'emscripten' },
    encoding: 'utf8',
  });
  const summary = (name) => Number(run.stdout.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1]);
  assert.equal(run.status, 0, `failures:\n${run.stdout.split('\n').filter((line) => line.startsWith('not ok')).join('\n')}`);
  assert.ok(summary('pass') > 150, `only ${summary('pass')} tests ran`);
  assert.equal(summary('fail'), 0);
});
