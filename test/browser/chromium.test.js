// examples/interop-sample/index.html in headless Chromium (Debian's `chromium`, driven by
// playwright-core), served by a static server on 127.0.0.1: the page's output matches
// examples/interop-sample/expected-output.txt line for line. Skips, saying why, only when
// /usr/bin/chromium is missing. Run: JSINTEROP_BUILD=build node --test test/browser/
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { assertMatchesExpected } from '../node/sample/expected.js';
import { chromiumPath, hasChromium, openSampleBrowser } from './chromium.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const buildDir = resolve(repoRoot, process.env.JSINTEROP_BUILD ?? 'build');
const skip = hasChromium ? false : `${chromiumPath} is missing (Debian package: chromium)`;
if (skip) process.stderr.write(`\n*** SKIPPING the browser test: ${skip} ***\n\n`);

let browser;

before(async () => {
  if (!skip) browser = await openSampleBrowser(buildDir);
});

after(async () => {
  await browser?.close();
});

test('the interop sample prints the expected output in Chromium', { skip, timeout: 120_000 }, async () => {
  assert.ok(existsSync(join(buildDir, 'examples/interop-sample.wasm')), 'build first (make build)');
  const { exitCode, output, errors } = await browser.runSample();
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  assert.equal(exitCode, '0', `exit code ${exitCode}\n${output}`);
  assertMatchesExpected(output);
});
