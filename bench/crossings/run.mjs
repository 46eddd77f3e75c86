// issue 17's crossings in Node: raw, jsinterop and embind side by side in one process, then the JS
// runtime's size (minified + gzip) beside embind's glue. Usage (bench/crossings/run builds the
// inputs): node run.mjs OUT_DIR JSINTEROP_WASM
//   OUT_DIR holds raw.wasm, and embind.cjs + embind.wasm or embind-missing.txt (the reason).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

import { instantiate } from '../../js/src/index.js';
import { BIG_OPS, OPS, ROUNDS, formatTable, jsFunctions, runCrossings } from './crossings.mjs';

const outDir = resolve(process.argv[2]);
const jsinteropWasm = resolve(process.argv[3]);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fns = jsFunctions();

// raw: plain imports, plain exports.
const { instance: rawInstance } = await WebAssembly.instantiate(readFileSync(join(outDir, 'raw.wasm')), {
  bench: fns.adds,
});

// jsinterop: the C++ program through js/src/index.js.
const app = await instantiate(jsinteropWasm, {
  modules: { Bench: { ...fns.adds, takeString: fns.takeString, createObject: fns.createObject } },
});

// embind: Debian's emcc 3.1.6; its imports are val calls of functions on globalThis.
let embind = null;
let embindReason = null;
if (existsSync(join(outDir, 'embind.cjs'))) {
  for (let i = 0; i < 16; ++i) globalThis[`benchAdd${i}`] = fns.adds[`add${i}`];
  globalThis.benchTakeString = fns.takeString;
  globalThis.benchCreateObject = fns.createObject;
  const createEmbind = createRequire(import.meta.url)(join(outDir, 'embind.cjs'));
  embind = await createEmbind({ wasmBinary: readFileSync(join(outDir, 'embind.wasm')) });
} else {
  embindReason = existsSync(join(outDir, 'embind-missing.txt'))
    ? readFileSync(join(outDir, 'embind-missing.txt'), 'utf8').trim()
    : 'embind.cjs was not built';
  console.log(`\n*** NO EMBIND COLUMN: ${embindReason} ***\n`);
}

const rows = runCrossings({
  raw: rawInstance,
  jsi: app.exports.jsi,
  embind,
  now: () => performance.now(),
  log: (name) => process.stderr.write(`  ${name}\n`),
});
console.log(`\nIssue 17's crossings in Node ${process.version}: median of ${ROUNDS} rounds of ` +
  `${OPS.toLocaleString('en')} operations (1 MB rows: ${BIG_OPS} per round, µs each), after a warm-up round\n`);
console.log(formatTable(rows, embindReason));

// Sizes: the JS runtime bundled, minified and gzipped (esbuild, if installed) beside embind's glue.
function esbuild() {
  for (const candidate of [join(repoRoot, 'node_modules/.bin/esbuild'), join(repoRoot, 'js/node_modules/.bin/esbuild')])
    if (existsSync(candidate)) return candidate;
  try {
    execFileSync('npx', ['--no-install', 'esbuild', '--version'], { stdio: 'ignore' });
    return 'npx-esbuild';
  } catch {
    return null;
  }
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const tool = esbuild();
let runtimeSize = 'not measured: esbuild is not installed (node_modules/.bin/esbuild, npx --no-install esbuild)';
let embindSize = embind ? `${kb(readFileSync(join(outDir, 'embind.cjs')).length)} as emitted, ` +
  `${kb(gzipSync(readFileSync(join(outDir, 'embind.cjs'))).length)} gzip (not minified)` : '—';
if (tool) {
  const run = (args, input) => {
    const [cmd, pre] = tool === 'npx-esbuild' ? ['npx', ['--no-install', 'esbuild']] : [tool, []];
    return execFileSync(cmd, [...pre, ...args], { input, maxBuffer: 1 << 26 });
  };
  const bundle = run([join(repoRoot, 'js/src/index.js'), '--bundle', '--minify', '--format=esm', '--platform=neutral',
    '--external:node:*']);
  runtimeSize = `${kb(bundle.length)} minified, ${kb(gzipSync(bundle).length)} minified + gzip (issue 17: ≤ 14 KB)`;
  if (embind) {
    const glue = run(['--minify', '--loader=js'], readFileSync(join(outDir, 'embind.cjs')));
    embindSize = `${kb(glue.length)} minified, ${kb(gzipSync(glue).length)} minified + gzip`;
  }
}
console.log(`\nJS runtime (js/src, bundled): ${runtimeSize}`);
console.log(`embind glue (emcc 3.1.6 -O2): ${embindSize}`);
console.log('(ratios are only comparable within one run; the machine may be loaded)');
