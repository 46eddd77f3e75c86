// Test programs built with the build's jsinterop-em++ (emscripten/, docs/emscripten.md) and run in
// the JS that emcc writes, as a user would. `emcc` is null when the build has no Emscripten support
// (emcc was not installed when it was configured): the tests that need it skip, saying so.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { repoRoot, tempPath } from '../lib/toolchain.js';
import { sampleDir } from '../sample/expected.js';
import { startEmscripten } from './app.js';

const buildDir = resolve(process.env.JSINTEROP_BUILD ?? join(repoRoot, 'build'));
const driver = join(buildDir, 'bin/jsinterop-em++');
export const emcc = existsSync(driver) ? driver : null;
export const missing =
  'emcc was not found when the build was configured, so there is no jsinterop-em++ (tools/install-deps ' +
  "installs Debian's emscripten; then reconfigure)";

// Compiles and links C++ source text into <temp>/<name>.js (+ .wasm) with jsinterop-em++ and `flags`
// (a MODULARIZE factory by default; they come after the defaults, so they override them); returns
// the .js path.
export function compileEmscripten(sourceText, name, flags = ['-sMODULARIZE']) {
  const { args, output } = prepare(sourceText, name, flags);
  try {
    execFileSync(driver, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`jsinterop-em++ ${name} failed:\n${error.stderr}`);
  }
  return output;
}

// The same, without blocking the event loop (the browser tests compile while a page waits).
export async function compileEmscriptenAsync(sourceText, name, flags = ['-sMODULARIZE']) {
  const { args, output } = prepare(sourceText, name, flags);
  try {
    await promisify(execFile)(driver, args, { maxBuffer: 64 << 20 });
  } catch (error) {
    throw new Error(`jsinterop-em++ ${name} failed:\n${error.stderr}`);
  }
  return output;
}

function prepare(sourceText, name, flags) {
  const source = tempPath(`${name}.cpp`);
  const output = tempPath(`${name}.js`);
  writeFileSync(source, sourceText);
  // emcc's JS for Node would take over the process's uncaught exceptions and rejections
  const node = ['-sNODEJS_CATCH_EXIT=0', '-sNODEJS_CATCH_REJECTION=0'];
  const defaults = ['-O2', ...node, '-sEXPORTED_RUNTIME_METHODS=callMain', '-sALLOW_MEMORY_GROWTH'];
  return { args: [...defaults, ...flags, source, '-o', output], output };
}

// Builds examples/interop-sample (the seed's sample: every .cpp of its folder) at -O2 with `flags`
// into <temp>/<fileName>; returns its path. Run from the sample's folder, as a user would build it.
export function compileSample(fileName, flags = []) {
  const output = tempPath(fileName);
  const sources = readdirSync(sampleDir).filter((name) => name.endsWith('.cpp'));
  const build = spawnSync(driver, ['-O2', ...flags, ...sources, '-o', output], { cwd: sampleDir, encoding: 'utf8' });
  if (build.error) throw build.error;
  if (build.status !== 0) throw new Error(`jsinterop-em++ (the interop sample) failed:\n${build.stderr}`);
  return output;
}

const require = createRequire(import.meta.url);

// Instantiates a MODULARIZE build (from compileEmscripten) as instantiate() would: app.js.
export function loadEmscripten(script, modules = {}, options = {}) {
  return startEmscripten(require(script), modules, options);
}
