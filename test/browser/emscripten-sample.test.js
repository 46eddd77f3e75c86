// examples/interop-sample (the seed's sample) linked by emcc (jsinterop-em++ -sMODULARIZE
// -sEXPORT_ES6, built by test/node/emscripten/toolchain.js's compileSample, as the Node test's build
// but for a page) on emscripten-sample.html in headless Chromium, served by sample-page.js's static
// server: the page's output matches examples/interop-sample/expected-output.txt line for line (as
// the WASI page's does, test/browser/sample.test.js), main returns 0, and no error is uncaught.
// Skipped, saying why, without emcc or without /usr/bin/chromium.
import assert from 'node:assert/strict';
import { basename, dirname } from 'node:path';
import { test } from 'node:test';

import { compileSample, emcc, missing } from '../node/emscripten/toolchain.js';
import { assertMatchesExpected } from '../node/sample/expected.js';
import { hasChromium, launchChromium } from './chromium.js';
import { serve } from './sample-page.js';

test('the interop sample, linked by emcc, prints the expected output in headless Chromium', { timeout: 300_000 }, async (t) => {
  const why = !emcc ? missing : !hasChromium ? 'no /usr/bin/chromium (tools/install-deps installs it)' : null;
  if (why !== null) {
    console.warn(`SKIPPED: ${why}`);
    t.skip(why);
    return;
  }
  const script = compileSample('interop-sample-page.js', ['-sMODULARIZE', '-sEXPORT_ES6', '-sEXPORTED_RUNTIME_METHODS=callMain']);
  const server = await serve(dirname(script)); // the script and its .wasm under /build/
  try {
    const browser = await launchChromium(); // in the sample's time zone, as the WASI page test's
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const { port } = server.address();
      await page.goto(`http://127.0.0.1:${port}/test/browser/emscripten-sample.html?script=/build/${basename(script)}`);
      await page.waitForSelector('body[data-exit-code]', { timeout: 90_000 });
      const { exitCode, output } = await page.evaluate(() => ({
        exitCode: document.body.dataset.exitCode,
        output: document.getElementById('output').textContent,
      }));
      assert.deepEqual(errors, [], 'no uncaught errors in the page');
      assert.equal(exitCode, '0', `exit code ${exitCode}\n${output}`);
      assertMatchesExpected(output);
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
  }
});
