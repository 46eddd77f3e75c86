// Issue 18, item 8: what names a JS module, given to jsinterop-run --module NAME=..., to instantiate()'s
// options.modules or to host::import_module (one rule, source.js importModule): a URL such as node:fs
// is imported as such; in Node, a path, or a name that is a file of the working directory, is that
// file; any other name is a package or a built-in ('fs'), imported as such. The program is the npm
// consumer's (test/consumer/npm/app.cpp): an argument "file:P" prints whether P exists (Fs.existsSync),
// another is greeted (Greeting.greet).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram, repoRoot, runnerScript, tempPath } from '../lib/toolchain.js';

let wasmPath;
let workDir; // the runner's working directory, with greeting.mjs and sub/greeting.mjs

before(() => {
  wasmPath = compileProgram(readFileSync(join(repoRoot, 'test/consumer/npm/app.cpp'), 'utf8'), 'module-specifiers');
  workDir = dirname(tempPath('greeting.mjs'));
  mkdirSync(join(workDir, 'sub'), { recursive: true });
  writeFileSync(join(workDir, 'greeting.mjs'), 'export const greet = (name) => `Hello, ${name}, from greeting.mjs`;\n');
  writeFileSync(join(workDir, 'sub/greeting.mjs'), 'export const greet = (name) => `Hello, ${name}, from sub/`;\n');
});

function runner(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [runnerScript, wasmPath, ...args], {
    cwd: workDir, encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

test('--module NAME=node:fs imports the built-in; a file named without ./ is still that file', () => {
  assert.deepEqual(runner('--module', 'Fs=node:fs', '--module', 'Greeting=greeting.mjs', '--', 'Ada', `file:${wasmPath}`), {
    status: 0, stdout: `Hello, Ada, from greeting.mjs\n${wasmPath} exists\n`, stderr: '',
  });
});

test('--module NAME=fs (a bare name that is no file) imports the built-in; ./sub/greeting.mjs is a path', () => {
  const missing = join(workDir, 'missing.txt');
  assert.deepEqual(runner('--module', 'Fs=fs', '--module', 'Greeting=./sub/greeting.mjs', '--', 'Grace', `file:${missing}`), {
    status: 0, stdout: `Hello, Grace, from sub/\n${missing} is missing\n`, stderr: '',
  });
});

test('a package that is not installed, or a path to no file: status 1, the message names it', () => {
  const noPackage = runner('--module', 'Fs=no-such-package', '--', 'file:x');
  assert.equal(noPackage.status, 1);
  assert.match(noPackage.stderr, /Cannot find package 'no-such-package'/);
  const noFile = runner('--module', 'Greeting=./no-such-file.mjs', '--', 'Ada');
  assert.equal(noFile.status, 1);
  assert.match(noFile.stderr, /Cannot find module '.*\/no-such-file\.mjs'/);
});

// Instantiates the program in this process (options: instantiate()'s), awaits calls(its exports),
// runs it; resolves with its exit code and its output.
async function run(options, calls = async () => {}) {
  let stdout = '';
  const app = await instantiate(wasmPath, { ...options, stdout: (text) => { stdout += text; } });
  await calls(app.exports.app);
  return { code: await app.run(), stdout };
}

test('options.modules takes the same specifiers', async () => {
  assert.deepEqual(await run({ modules: { Fs: 'fs' }, args: [`file:${wasmPath}`] }), {
    code: 0, stdout: `${wasmPath} exists\n`,
  });
});

test('so does host::import_module: node:fs, fs; a package that is not installed is an error', async () => {
  const loaded = [];
  const result = await run({ args: [`file:${wasmPath}`] }, async (exports) => {
    for (const specifier of ['no-such-package', 'node:fs', 'fs']) loaded.push(await exports.load_fs(specifier));
  });
  assert.deepEqual(loaded, [false, true, true]);
  assert.deepEqual(result, { code: 0, stdout: `${wasmPath} exists\n` });
});
