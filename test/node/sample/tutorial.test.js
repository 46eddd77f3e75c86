// Runs every ```sh block of docs/tutorial.md, in order, in one bash in an empty temporary folder,
// with $JSINTEROP set to the build's bin folder, and checks the output the doc shows after them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

import { repoRoot } from '../lib/toolchain.js';

const doc = readFileSync(join(repoRoot, 'docs/tutorial.md'), 'utf8');
const blocks = (language) => [...doc.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

test('docs/tutorial.md: every sh block runs and prints what the doc shows', { timeout: 180_000 }, () => {
  const script = blocks('sh');
  assert.ok(script.length >= 4, 'the tutorial has its sh blocks');
  const dir = mkdtempSync(join(tmpdir(), 'jsinterop-tutorial-'));
  try {
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', script.join('\n')], {
      cwd: dir,
      env: { ...process.env, JSINTEROP: resolve(repoRoot, process.env.JSINTEROP_BUILD ?? 'build', 'bin') },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
    assert.equal(run.stdout, blocks('text')[0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
