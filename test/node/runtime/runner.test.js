// jsinterop-run as a user runs it: a child process, its output and its exit status.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { bindingsProgram } from '../lib/programs.js';
import { compileProgram, runnerScript, tempPath } from '../lib/toolchain.js';

let wasmPath;
before(() => {
  wasmPath = compileProgram(bindingsProgram, 'runner');
});

function runner(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [runnerScript, ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

function shim(name, text) {
  const path = tempPath(name);
  writeFileSync(path, text);
  return path;
}

test('printf and console.log lines come out in program order', () => {
  assert.deepEqual(runner(wasmPath, '--', 'print'), {
    status: 0,
    stdout: 'printf 1\nconsole.log 2\nprintf 3\nconsole.log 4\nunterminated',
    stderr: 'to stderr\n',
  });
});

test("the exit status is main's result or exit()'s code", () => {
  assert.equal(runner(wasmPath, '--', 'return', '5').status, 5);
  assert.equal(runner(wasmPath, '--', 'exit', '3').status, 3);
  assert.equal(runner(wasmPath).status, 0);
});

test('program arguments follow --', () => {
  const { stdout } = runner(wasmPath, '--', 'args', '--module', 'x y');
  assert.match(stdout, /^argv\[0\]=runner\.wasm\nargv\[1\]=args\nargv\[2\]=--module\nargv\[3\]=x y\n/);
});

test('--module registers a JS module; async work it starts finishes before the exit', () => {
  const path = shim('later.mjs', "export function fail() { setTimeout(() => console.log('later'), 20); }\n");
  const { status, stdout } = runner(wasmPath, '--module', `calc=${path}`, '--', 'fail');
  assert.equal(status, 0);
  assert.equal(stdout, 'later\n');
});

test('a failing import: message and cause on stderr, status 1', () => {
  const path = shim('throws.mjs', "export function fail() { throw new Error('shim broke'); }\n");
  const { status, stdout, stderr } = runner(wasmPath, '--module', `calc=${path}`, '--', 'fail');
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.equal(
    stderr,
    "jsinterop: import 'fail' of module 'calc' (C++ js_fail) threw: shim broke\n  cause: shim broke\n",
  );
});

test('an unregistered module: status 1', () => {
  const { status, stderr } = runner(wasmPath, '--', 'fail');
  assert.equal(status, 1);
  assert.match(stderr, /module 'calc' is not registered/);
});

test('a file that cannot be loaded: status 1', () => {
  const { status, stderr } = runner(tempPath('nothing.wasm'));
  assert.equal(status, 1);
  assert.match(stderr, /ENOENT/);
});

test('bad usage: the usage on stderr, status 2', () => {
  for (const args of [[], ['--frobnicate', wasmPath], [wasmPath, '--module', 'calc'], [wasmPath, 'extra']]) {
    const { status, stderr } = runner(...args);
    assert.equal(status, 2, args.join(' '));
    assert.match(stderr, /^jsinterop-run: .*\nusage: jsinterop-run app\.wasm/);
  }
});
