// Shared by the conformance tests (test/node/conformance/*.test.js): each file compiles ONE C++
// program once and instantiates it as often as its tests need. A test that ends the program (a fatal
// error) takes its own instance, so the other tests never see a dead one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach } from 'node:test';

import { MemoryView as RuntimeMemoryView, instantiate } from '../../../js/src/index.js';
import { compileEmscripten, loadEmscripten } from '../emscripten/toolchain.js';
import { compileProgram } from '../lib/toolchain.js';

// JSINTEROP_TOOLCHAIN=emscripten: the same programs, built with jsinterop-em++ and run in the JS
// that emcc writes (test/node/emscripten/conformance.test.js runs this folder so).
const emscripten = process.env.JSINTEROP_TOOLCHAIN === 'emscripten';

// The MemoryView class; under emscripten each program's JS bundles a runtime of its own, whose
// class keeps its name.
export const MemoryView = emscripten
  ? class MemoryView {
      static [Symbol.hasInstance](value) {
        return value?.constructor?.name === 'MemoryView';
      }
    }
  : RuntimeMemoryView;

export { compileProgram };

// Compiles the C++ source once (in a `before`) and returns the WebAssembly.Module, so that every
// instance of the file's tests shares one compilation.
export async function build(source, name) {
  if (emscripten) return compileEmscripten(source, name);
  return WebAssembly.compile(readFileSync(compileProgram(source, name)));
}

// Instantiates the compiled program with `modules` (name -> namespace object); collects stdout and
// stderr. Returns { app, exports, out() , err() }.
export async function load(wasm, modules = {}, options = {}) {
  if (emscripten) return loadEmscripten(wasm, modules, options);
  let stdout = '';
  let stderr = '';
  const app = await instantiate(wasm, {
    modules,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...options,
  });
  loaded.add(app);
  return { app, exports: app.exports, out: () => stdout, err: () => stderr };
}

// Under the guarded heap (JSINTEROP_GUARDED_HEAP=1: the program exports jsinterop_heap_check), every
// live block of every program a test loaded is checked after the test: a write past a block fails it.
const loaded = new Set();
afterEach(() => {
  for (const app of loaded) {
    const heapCheck = app.instance.exports.jsinterop_heap_check;
    if (typeof heapCheck === 'function' && isAlive(app)) heapCheck();
  }
  loaded.clear();
});

// A program that ended (a test of a fatal error) is not called again.
function isAlive(app) {
  try {
    app.heapInUse();
    return true;
  } catch {
    return false;
  }
}

// Same value, with -0 and NaN told apart (Object.is), and a message naming the case.
export function same(actual, expected, what) {
  assert.ok(Object.is(actual, expected), `${what}: expected ${show(expected)}, got ${show(actual)}`);
}

export function show(value) {
  if (typeof value === 'bigint') return `${value}n`;
  if (Object.is(value, -0)) return '-0';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return `Date(${value.getTime()})`;
  return String(value);
}

// The error that a fatal import failure (a throw, or a result of the wrong type) raises must name the
// import: its JS path (and, per docs/design.md, the C++ function).
export function namesImport(jsName) {
  return (error) => {
    assert.ok(error instanceof Error, `expected an Error, got ${show(error)}`);
    assert.match(error.message, new RegExp(jsName), `the message must name the import '${jsName}'`);
    return true;
  };
}

// A TypeError from an export called with a wrong value, naming the export path and the parameter.
export function typeErrorFor(exportPath, param) {
  const escaped = exportPath.replace(/[.]/g, '\\.');
  return { name: 'TypeError', message: new RegExp(`${escaped}[\\s\\S]*'${param}'`) };
}
