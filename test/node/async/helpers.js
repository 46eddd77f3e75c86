// Shared by test/node/async/*.test.js: each file compiles ONE C++ program once (in a `before`) and
// instantiates it as often as its tests need (a test that ends the program takes its own instance).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram, runnerScript, tempPath } from '../lib/toolchain.js';

export { compileProgram, instantiate, runnerScript, tempPath };

export async function build(source, name) {
  const path = compileProgram(source, name);
  return { module: await WebAssembly.compile(readFileSync(path)), path };
}

// Instantiates with `modules`; collects stdout and stderr. Returns { app, exports, out(), err() }.
export async function load(wasm, modules = {}, options = {}) {
  let stdout = '';
  let stderr = '';
  const app = await instantiate(wasm.module ?? wasm, {
    modules,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...options,
  });
  return { app, exports: app.exports, out: () => stdout, err: () => stderr };
}

export const delay = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
export const ticks = async (n = 5) => { for (let i = 0; i < n; ++i) await new Promise((r) => setImmediate(r)); };

let gcFunction = null;
export function gc() {
  if (gcFunction === null) {
    setFlagsFromString('--expose-gc');
    gcFunction = runInNewContext('gc');
  }
  gcFunction();
}

// Runs `node js/bin/jsinterop-run.js <wasm> --module NAME=path ... -- args`.
export function runner(wasmPath, modules = {}, args = []) {
  const moduleArgs = Object.entries(modules).flatMap(([name, path]) => ['--module', `${name}=${path}`]);
  return spawnSync(process.execPath, [runnerScript, wasmPath, ...moduleArgs, ...(args.length ? ['--', ...args] : [])], {
    encoding: 'utf8',
    timeout: 30000,
  });
}
