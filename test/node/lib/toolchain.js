// Compiling test programs to wasm with the build's jsinterop-clang++ (env JSINTEROP_BUILD, default
// <repo>/build), exactly as a user would. JSINTEROP_GUARDED_HEAP=1 links them with the guarded-heap
// runtime library (docs/design.md, "Guarded heap").
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const runnerScript = join(repoRoot, 'js/bin/jsinterop-run.js');

const buildDir = process.env.JSINTEROP_BUILD ?? join(repoRoot, 'build');
const driver = join(buildDir, 'bin/jsinterop-clang++');

if (!existsSync(driver)) {
  throw new Error(`no ${driver}: build first (make build), or set JSINTEROP_BUILD to the build folder`);
}
export const guardedHeap = process.env.JSINTEROP_GUARDED_HEAP === '1';
// No app.d.ts: no test reads it (test/node/types/ runs the emitter itself), and some test programs are
// malformed on purpose, which the emitter would refuse at link time, before the runtime can.
const compiler = { command: driver, flags: ['-O2', '-Wall', '-Wextra', '-Werror', '--no-emit-tsd'] };

let workDir = null;

function outputDir() {
  if (workDir === null) {
    workDir = mkdtempSync(join(tmpdir(), 'jsinterop-test-'));
    process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
  }
  return workDir;
}

// Compiles C++ source text (with the attributes, or the binding ABI written by hand: abi-source.js) into
// <temp>/<name>.wasm and returns its path.
// options.guardedHeap (default: JSINTEROP_GUARDED_HEAP) links it with the guarded-heap library.
export function compileProgram(sourceText, name, { guardedHeap: guarded = guardedHeap } = {}) {
  const dir = outputDir();
  const sourcePath = join(dir, `${name}.cpp`);
  const wasmPath = join(dir, `${name}.wasm`);
  writeFileSync(sourcePath, sourceText);
  try {
    const flags = [...compiler.flags, ...(guarded ? ['--guarded-heap'] : [])];
    execFileSync(compiler.command, [...flags, sourcePath, '-o', wasmPath], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(`compiling ${name} failed:\n${error.stderr}`);
  }
  return wasmPath;
}

// A file for a test to write into (a shim module, say), in the same temporary folder.
export function tempPath(fileName) {
  return join(outputDir(), fileName);
}
