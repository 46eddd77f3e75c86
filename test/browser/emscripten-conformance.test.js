// The conformance programs (test/node/conformance/) built with jsinterop-em++ and run in the JS that
// emcc writes, in headless Chromium: the same test files, the same assertions and expected values as
// the WASI build in Node and as test/node/emscripten/conformance.test.js (the emcc build in Node).
//
// Each test file is bundled by esbuild, unchanged, with its harness (JSINTEROP_TOOLCHAIN=emscripten):
// node:test and node:assert/strict become emscripten-page-runner.js and emscripten-assert.js (Node's
// strict semantics), test/node/emscripten/toolchain.js emscripten-page-toolchain.js, and the global
// Buffer (strings.test.js) emscripten-page-buffer.js. In a fresh page per file (a fresh process in
// Node), the harness's build() asks this process (Playwright's exposeFunction) to compile the program
// with the Node suite's compileEmscripten (the same flags: a -sMODULARIZE factory), served with its
// .wasm by sample-page.js's static server; load() runs the factory in the page. Every test of every
// file is reported here as a subtest, with the page's stack when it fails; an uncaught error in a
// page fails its file. Skipped, saying why, without emcc or without /usr/bin/chromium.
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { compileEmscriptenAsync, emcc, missing } from '../node/emscripten/toolchain.js';
import { repoRoot, tempPath } from '../node/lib/toolchain.js';
import { hasChromium, launchChromium } from './chromium.js';
import { serve } from './sample-page.js';

const here = fileURLToPath(new URL('./', import.meta.url));
const conformanceDir = join(repoRoot, 'test/node/conformance');
const files = readdirSync(conformanceDir).filter((name) => name.endsWith('.test.js')).sort();

// Page versions of what the test files and their harness import from Node.
const stubs = join(here, 'emscripten-page-stubs.js');
const pageModules = {
  'node:test': join(here, 'emscripten-page-runner.js'),
  'node:assert/strict': join(here, 'emscripten-assert.js'),
  'node:assert': join(here, 'emscripten-assert.js'),
  'node:fs': stubs,
};
const pageFiles = {
  [join(repoRoot, 'test/node/emscripten/toolchain.js')]: join(here, 'emscripten-page-toolchain.js'),
  [join(repoRoot, 'test/node/lib/toolchain.js')]: stubs,
  [join(repoRoot, 'js/src/index.js')]: stubs,
};

// One test file and what it imports, as an ES module exporting the page runner's run().
async function bundle(file) {
  const esbuild = await import('esbuild');
  const redirect = {
    name: 'jsinterop-page',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (pageModules[args.path]) return { path: pageModules[args.path] };
        if (args.path.startsWith('node:')) return { errors: [{ text: `${args.path} has no page version here` }] };
        const path = args.path.startsWith('.') ? resolve(args.resolveDir, args.path) : undefined;
        if (path && pageFiles[path]) return { path: pageFiles[path] };
        return undefined;
      });
    },
  };
  const result = await esbuild.build({
    stdin: {
      contents: `export { run } from 'node:test';\nimport ${JSON.stringify(join(conformanceDir, file))};\n`,
      resolveDir: here,
      sourcefile: `${file} (page entry)`,
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.JSINTEROP_TOOLCHAIN': '"emscripten"' },
    inject: [join(here, 'emscripten-page-buffer.js')], // the global Buffer
    plugins: [redirect],
    write: false,
    logLevel: 'silent',
  });
  const path = tempPath(`${basename(file, '.js')}.page.js`);
  writeFileSync(path, result.outputFiles[0].text);
  return path;
}

function skipWithout(t) {
  const why = !emcc ? missing : !hasChromium ? 'no /usr/bin/chromium (tools/install-deps installs it)' : null;
  if (why === null) return false;
  console.warn(`SKIPPED: ${why}`);
  t.skip(why);
  return true;
}

test('the conformance suite passes in headless Chromium through jsinterop-em++ and emcc', { timeout: 900_000 }, async (t) => {
  if (skipWithout(t)) return;
  // the folder of tempPath(): the bundles, and the programs' .js and .wasm, under /build/
  const server = await serve(dirname(tempPath('page.js')));
  const browser = await launchChromium().catch((error) => {
    server.close();
    throw error;
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  let passed = 0;
  try {
    for (const file of files) {
      await t.test(file, async (fileTest) => {
        const script = await bundle(file);
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error.stack ?? error)));
        try {
          await page.exposeFunction('jsinteropCompileEmscripten', async (source, name) =>
            `/build/${basename(await compileEmscriptenAsync(source, name))}`);
          await page.goto(`${base}/test/browser/emscripten-conformance.html`);
          const results = await page.evaluate(async (url) => (await import(url)).run(), `/build/${basename(script)}`);
          assert.ok(results.length > 0, `no test ran in ${file}`);
          for (const result of results) {
            await fileTest.test(result.name, (one) => {
              if (result.skipped) one.skip();
              if (!result.ok) throw new Error(`in the page: ${result.error}`);
            });
            if (result.ok && !result.skipped) passed += 1;
          }
          assert.deepEqual(errors, [], `uncaught errors in the page of ${file}`);
        } finally {
          await page.close();
        }
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  assert.ok(passed > 150, `only ${passed} tests passed`);
});
