// examples/interop-sample in Node through build/bin/jsinterop-run (as `make demo` runs it): the
// output matches examples/interop-sample/expected-output.txt line for line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

import { repoRoot } from '../lib/toolchain.js';
import { assertMatchesExpected, sampleDir } from './expected.js';

const buildDir = resolve(process.env.JSINTEROP_BUILD ?? join(repoRoot, 'build'));
const wasm = join(buildDir, 'examples/interop-sample.wasm');

test('the interop sample prints the expected output in Node', { timeout: 120_000 }, () => {
  assert.ok(existsSync(wasm), `no ${wasm}: build first (make build)`);
  const run = spawnSync(join(buildDir, 'bin/jsinterop-run'), [wasm], {
    cwd: sampleDir,
    env: { ...process.env, TZ: 'America/New_York' },
    encoding: 'utf8',
  });
  assert.ifError(run.error);
  assert.equal(run.status, 0, `exit code ${run.status}\nstderr:\n${run.stderr}`);
  assert.equal(run.stderr, '', 'nothing on stderr');
  assertMatchesExpected(run.stdout);
});
