// What the install tests share: the build, commands that must succeed, and the checks they make
// on a tree of jsinterop outside the repository (installed, moved, unpacked from the .deb).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { repoRoot } from '../lib/toolchain.js';

export const buildDir = resolve(process.env.JSINTEROP_BUILD ?? join(repoRoot, 'build'));
export const consumerSource = join(repoRoot, 'test/consumer/cmake');

// Runs a command that must succeed; its output, or an error that holds it.
export function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed (${error.status}):\n${error.stdout}${error.stderr}`);
  }
}

// The build installed by `cmake --install` into <scratch>/installed, then moved: the moved tree's
// prefix, <scratch>/moved/elsewhere.
export function installMoved(scratch) {
  run('cmake', ['--install', buildDir, '--prefix', join(scratch, 'installed')]);
  const prefix = join(scratch, 'moved/elsewhere');
  mkdirSync(join(scratch, 'moved'));
  renameSync(join(scratch, 'installed'), prefix);
  return prefix;
}

// examples/hello, compiled with <bin>/jsinterop-clang++ into <dir>/hello.wasm (and its declarations,
// hello.d.ts) and run by <bin>/jsinterop-run: main's output, as make demo prints it.
export function buildAndRunHello(bin, dir) {
  const wasm = join(dir, 'hello.wasm');
  run(join(bin, 'jsinterop-clang++'), ['-O2', '-Wall', '-Werror', join(repoRoot, 'examples/hello/hello.cpp'), '-o', wasm]);
  assert.match(readFileSync(join(dir, 'hello.d.ts'), 'utf8'), /readonly greet: \(name: string\) => string;/);
  const shim = join(repoRoot, 'examples/hello/HelloShim.mjs');
  const { status, stdout, stderr } = spawnSync(join(bin, 'jsinterop-run'), [wasm, '--module', `HelloShim=${shim}`],
    { encoding: 'utf8' });
  assert.equal(stderr, '');
  assert.equal(status, 0);
  assert.equal(stdout, 'printf from C++\nconsole.log from C++\nJS got 3 apples weighing 0.75 kg\n');
  return wasm;
}

// test/consumer/cmake configured with `configureArgs` in <dir> and built into app.wasm and app.d.ts;
// its test passes under ctest (jsinterop-run through the jsinterop::run target), and
// <bin>/jsinterop-run runs app.wasm.
export function buildConsumer(dir, configureArgs, bin) {
  run('cmake', ['-S', consumerSource, '-B', dir, ...configureArgs]);
  run('cmake', ['--build', dir, '-j2']);
  assert.match(readFileSync(join(dir, 'app.d.ts'), 'utf8'), /readonly add: \(a: number, b: number\) => number;/);
  assert.match(run('ctest', ['--test-dir', dir, '--output-on-failure']), /100% tests passed/);
  const app = join(dir, 'app.wasm');
  const names = join(consumerSource, 'names.mjs');
  assert.equal(run(join(bin, 'jsinterop-run'), [app, '--module', `Names=${names}`, '--', 'Ada']),
    'Hello, Ada Lovelace, from C++ built by CMake\n');
  return app;
}
