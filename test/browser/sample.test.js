// examples/interop-sample/index.html in headless Chromium (Debian's `chromium`, playwright-core) and
// headless Firefox (Debian's `firefox-esr`, puppeteer-core over WebDriver BiDi), served by a static
// server on 127.0.0.1: in each, the page's output matches examples/interop-sample/expected-output.txt
// line for line, with no uncaught error. A missing browser fails its test (tools/install-deps
// installs both). Run: JSINTEROP_BUILD=build node --test test/browser/
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { assertMatchesExpected } from '../node/sample/expected.js';
import * as chromium from './chromium.js';
import * as firefox from './firefox.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const buildDir = resolve(repoRoot, process.env.JSINTEROP_BUILD ?? 'build');

for (const [name, browser] of [['Chromium', chromium], ['Firefox', firefox]]) {
  test(`the interop sample prints the expected output in ${name}`, { timeout: 120_000 }, async () => {
    assert.ok(existsSync(browser.executablePath),
      `${browser.executablePath} is missing: install Debian's ${browser.debianPackage} (tools/install-deps)`);
    assert.ok(existsSync(join(buildDir, 'examples/interop-sample.wasm')), 'build first (make build)');
    const sample = await browser.openSampleBrowser(buildDir);
    try {
      const { exitCode, output, errors } = await sample.runSample();
      assert.deepEqual(errors, [], 'no uncaught errors in the page');
      assert.equal(exitCode, '0', `exit code ${exitCode}\n${output}`);
      assertMatchesExpected(output);
    } finally {
      await sample.close();
    }
  });
}
