// issue 17's crossings in Node: raw, jsinterop and embind side by side in one process, then issue
// 21's classes (classes.mjs), the same in headless Chromium, and the JS runtime's size (minified +
// gzip) beside embind's glue. Usage (bench/crossings/run builds the inputs): node run.mjs OUT_DIR JSINTEROP_WASM
//   OUT_DIR holds raw.wasm, and embind.cjs + embind.wasm or embind-missing.txt (the reason).
//   BENCH_CROSSINGS_ONLY=classes: only issue 21's tables (Node and Chromium) and the sizes.
//   BENCH_CLOCK=cpu: Node's tables time the process's CPU time rather than the wall clock, which a machine
//   busy with other work moves less (Chromium's keeps the wall clock).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { instantiate } from '../../js/src/index.js';
import { KEPT_OPS, formatClasses, runClasses } from './classes.mjs';
import { BIG_OPS, OPS, ROUNDS, formatTable, jsFunctions, runCrossings } from './crossings.mjs';
import { SIZE_LIMIT, kb, loadEsbuild, runtimeSize, scriptSize } from '../runtime-size.mjs';

const outDir = resolve(process.argv[2]);
const jsinteropWasm = resolve(process.argv[3]);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fns = jsFunctions();
const onlyClasses = process.env.BENCH_CROSSINGS_ONLY === 'classes';
const logRow = (prefix) => (name) => process.stderr.write(`  ${prefix}${name}\n`);
const cpuClock = process.env.BENCH_CLOCK === 'cpu';
const now = cpuClock ? () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; } : () => performance.now();
const clockNote = cpuClock ? ' (CPU time)' : '';

// raw: plain imports, plain exports.
const { instance: rawInstance } = await WebAssembly.instantiate(readFileSync(join(outDir, 'raw.wasm')), {
  bench: fns.adds,
});

// jsinterop: the C++ program through js/src/index.js.
const benchModule = { ...fns.adds, takeString: fns.takeString, createObject: fns.createObject, createCounter: fns.createCounter };
const app = await instantiate(jsinteropWasm, { modules: { Bench: benchModule } });

// embind: Debian's emcc 3.1.6; its imports are val calls of functions on globalThis.
let embind = null;
let embindReason = null;
if (existsSync(join(outDir, 'embind.cjs'))) {
  for (let i = 0; i < 16; ++i) globalThis[`benchAdd${i}`] = fns.adds[`add${i}`];
  globalThis.benchTakeString = fns.takeString;
  globalThis.benchCreateObject = fns.createObject;
  globalThis.benchCreateCounter = fns.createCounter;
  const createEmbind = createRequire(import.meta.url)(join(outDir, 'embind.cjs'));
  embind = await createEmbind({ wasmBinary: readFileSync(join(outDir, 'embind.wasm')) });
} else {
  embindReason = existsSync(join(outDir, 'embind-missing.txt'))
    ? readFileSync(join(outDir, 'embind-missing.txt'), 'utf8').trim()
    : 'embind.cjs was not built';
  console.log(`\n*** NO EMBIND COLUMN: ${embindReason} ***\n`);
}

if (!onlyClasses) {
  const rows = runCrossings({ raw: rawInstance, jsi: app.exports.jsi, embind, now, log: logRow('') });
  console.log(`\nIssue 17's crossings in Node ${process.version}${clockNote}: median of ${ROUNDS} rounds of ` +
    `${OPS.toLocaleString('en')} operations (1 MB rows: ${BIG_OPS} per round, µs each), after a warm-up round\n`);
  console.log(formatTable(rows, embindReason));
}

// The same operations with jsinterop.cpp linked by emcc (jsinterop-em++, docs/emscripten.md), in the
// same process, beside the same embind program: the jsinterop column is then an Emscripten module.
if (!onlyClasses && existsSync(join(outDir, 'jsinterop-em.cjs'))) {
  const createModule = createRequire(import.meta.url)(join(outDir, 'jsinterop-em.cjs'));
  const emscripten = await createModule({ jsinteropModules: { Bench: benchModule } });
  const emRows = runCrossings({
    raw: rawInstance,
    jsi: emscripten.jsinterop.exports.jsi,
    embind,
    now,
    log: logRow('emcc '),
  });
  console.log(`\nThe same with jsinterop linked by emcc (jsinterop-em++)${clockNote}: the jsinterop column is an Emscripten ` +
    'module beside embind\'s, same process\n');
  console.log(formatTable(emRows, embindReason));
} else if (!onlyClasses) {
  console.log(`\n*** NO EMSCRIPTEN TABLE: ${readFileSync(join(outDir, 'jsinterop-em-missing.txt'), 'utf8').trim()} ***`);
}

const classRows = runClasses({ jsi: app.exports.jsi, embind, now, log: logRow('') });
console.log(`\nIssue 21's classes in Node ${process.version}${clockNote}: median of ${ROUNDS} rounds of ` +
  `${OPS.toLocaleString('en')} operations (the row left to the collector: ${KEPT_OPS.toLocaleString('en')}), ` +
  'after a warm-up round; the free export is jsinterop\'s\n');
console.log(formatClasses(classRows, embindReason));

// The same page in headless Chromium (Debian's chromium, driven by playwright-core), if present.
const chromiumPath = '/usr/bin/chromium';
let playwright = null;
try {
  playwright = await import('playwright-core');
} catch {
  playwright = null;
}
if (!existsSync(chromiumPath) || !playwright) {
  console.log(`\n*** NO CHROMIUM TABLE: ${existsSync(chromiumPath) ? 'playwright-core is not installed' : `no ${chromiumPath}`} ***`);
} else {
  const browser = await runInChromium(playwright.chromium);
  if (browser.crossings) {
    console.log(`\nThe same in headless Chromium (${chromiumPath}), same process tree, after the Node tables\n`);
    console.log(formatTable(browser.crossings, embindReason));
  }
  console.log(`\nIssue 21's classes in headless Chromium (${chromiumPath})\n`);
  console.log(formatClasses(browser.classes, embindReason));
}

// Serves the repository under / and OUT_DIR (with the jsinterop wasm as jsinterop.wasm) under /out/,
// cross-origin isolated so that performance.now() has its finer resolution.
async function runInChromium(chromium) {
  const MIME = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.cjs': 'text/javascript',
    '.wasm': 'application/wasm' };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file;
    if (path === '/out/jsinterop.wasm') file = jsinteropWasm;
    else if (path.startsWith('/out/')) file = normalize(join(outDir, path.slice(5)));
    else file = normalize(join(repoRoot, path.slice(1)));
    if ([outDir, repoRoot].every((root) => relative(root, file).startsWith('..')) && file !== jsinteropWasm) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const userDataDir = mkdtempSync(join(tmpdir(), 'jsinterop-crossings-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`Chromium page error: ${error}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/bench/crossings/page.html?embind=${embind ? 1 : 0}` +
      (onlyClasses ? '&only=classes' : ''));
    await page.waitForSelector('body[data-result], body[data-error]', { timeout: 600_000 });
    const error = await page.getAttribute('body', 'data-error');
    if (error) throw new Error(`the crossings page failed in Chromium: ${error}`);
    return JSON.parse(await page.getAttribute('body', 'data-result'));
  } finally {
    await browser.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

// Sizes: the JS runtime bundled, minified and gzipped (esbuild, a devDependency) beside embind's glue
// minified and gzipped alike, against issue 17's limit.
const esbuild = await loadEsbuild();
const embindGlue = join(outDir, 'embind.cjs');
if (esbuild) {
  const size = runtimeSize(esbuild);
  const met = size.gzip <= SIZE_LIMIT;
  console.log(`\nJS runtime (js/src/index.js bundled): ${kb(size.minified)} minified, ${kb(size.gzip)} minified + gzip; ` +
    `issue 17: ≤ ${kb(SIZE_LIMIT)} gzip, ${met ? 'met' : `NOT MET (${kb(size.gzip - SIZE_LIMIT)} over)`}`);
  if (embind) {
    const glue = scriptSize(esbuild, embindGlue);
    console.log(`embind glue (emcc 3.1.6 -O2): ${kb(glue.minified)} minified, ${kb(glue.gzip)} minified + gzip ` +
      `(${kb(glue.emitted)}, ${kb(glue.emittedGzip)} gzip as emitted); jsinterop / embind gzip: ` +
      `${(size.gzip / glue.gzip).toFixed(2)}x`);
  } else {
    console.log('embind glue: —');
  }
} else {
  const names = readdirSync(join(repoRoot, 'js/src'), { recursive: true }).filter((name) => name.endsWith('.js'));
  const sources = Buffer.concat(names.sort().map((name) => readFileSync(join(repoRoot, 'js/src', name))));
  console.log(`\n*** NOT MINIFIED: esbuild is not installed (run npm ci); the sizes below are not issue 17's measure ***`);
  console.log(`JS runtime (js/src/**/*.js as written): ${kb(sources.length)}, ${kb(gzipSync(sources).length)} gzip`);
  console.log(`embind glue (emcc 3.1.6 -O2): ${embind ? `${kb(readFileSync(embindGlue).length)} as emitted, ` +
    `${kb(gzipSync(readFileSync(embindGlue)).length)} gzip` : '—'}`);
}
console.log('(ratios are only comparable within one run; the machine may be loaded; KB = 1000 bytes)');
