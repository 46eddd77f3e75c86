// jsinterop-clangd --check=<file>: clangd's own self-test of one file, which parses it as the
// editor would and logs every diagnostic ("E[...] [] Line N: message").
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

import { CLANGD, compilerErrors, scratchProject } from './clangd-env.js';

const dir = scratchProject(['good.cpp', 'bad.cpp', 'classes.cpp']);

function check(name) {
  const run = spawnSync(CLANGD, [`--check=${join(dir, name)}`, `--compile-commands-dir=${dir}`], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const errors = [...run.stderr.matchAll(/^E\[[^\]]*\] \[[^\]]*\] Line (\d+): (.*)$/gm)].map(([, line, message]) => ({
    line: Number(line),
    message,
  }));
  return { status: run.status, errors, log: run.stderr };
}

test('--check on a valid file: no diagnostic, no unknown attribute', () => {
  const { status, errors, log } = check('good.cpp');
  assert.equal(status, 0, log);
  assert.deepEqual(errors, []);
  assert.doesNotMatch(log, /unknown attribute|jsinterop::import' ignored/);
});

test('--check on a file with misuses: the compiler\'s errors, on the same lines', () => {
  const { status, errors, log } = check('bad.cpp');
  assert.notEqual(status, 0);
  const expected = compilerErrors(join(dir, 'bad.cpp')).map(({ line, message }) => ({ line, message }));
  assert.equal(expected.length, 2);
  assert.deepEqual(errors, expected, log);
});

test('--check on misused exported classes and value objects: the compiler\'s errors, on the same lines', () => {
  const { status, errors, log } = check('classes.cpp');
  assert.notEqual(status, 0);
  const expected = compilerErrors(join(dir, 'classes.cpp')).map(({ line, message }) => ({ line, message }));
  assert.equal(expected.length, 5);
  assert.deepEqual(errors, expected, log);
});
