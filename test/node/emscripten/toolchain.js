// Test programs built with the build's jsinterop-em++ (emscripten/, docs/emscripten.md) and run in
// the JS that emcc writes, as a user would. `emcc` is null when the build has no Emscripten support
// (emcc was not installed when it was configured): the tests that need it skip, saying so.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

import { repoRoot, tempPath } from '../lib/toolchain.js';

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
  const source = tempPath(`${name}.cpp`);
  const output = tempPath(`${name}.js`);
  execFileSync('sh', ['-c', 'cat > "$0"', source], { input: sourceText });
  try {
    // emcc's JS for Node would take over the process's uncaught exceptions and rejections
    const node = ['-sNODEJS_CATCH_EXIT=0', '-sNODEJS_CATCH_REJECTION=0'];
    const defaults = ['-O2', ...node, '-sEXPORTED_RUNTIME_METHODS=callMain', '-sALLOW_MEMORY_GROWTH'];
    execFileSync(driver, [...defaults, ...flags, source, '-o', output], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(`jsinterop-em++ ${name} failed:\n${error.stderr}`);
  }
  return output;
}

const require = createRequire(import.meta.url);

// Instantiates a MODULARIZE build as instantiate() would (test/node/conformance/harness.js's load):
// { app: { exports, memory, instance, run(), liveHandles }, exports, out(), err() }. main runs at
// run() (noInitialRun), with options.args.
export async function loadEmscripten(script, modules = {}, options = {}) {
  let stdout = '';
  let stderr = '';
  const Module = await require(script)({
    jsinteropModules: modules,
    noInitialRun: true,
    print: (line) => (stdout += `${line}\n`),
    printErr: (line) => (stderr += `${line}\n`),
    quit: (status, error) => {
      throw error; // to run()'s caller, rather than setting the process's exit code
    },
  });
  const { exports, instance } = Module.jsinterop;
  const app = {
    exports,
    instance,
    memory: instance.exports.memory,
    // main, then the tasks it spawned, as instantiate()'s run() waits for them.
    async run() {
      const code = Module.callMain(options.args ?? []);
      while ((instance.exports.jsinterop_pending_tasks?.() ?? 0) > 0) await new Promise((r) => setTimeout(r, 1));
      return code;
    },
  };
  return { app, exports, out: () => stdout, err: () => stderr };
}
