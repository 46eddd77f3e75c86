// <jsinterop/web/dom.h> in headless Chromium, beyond the to-do list (todo.test.js): Canvas 2D, mouse and
// keyboard events made from their dictionaries, an enum read from the page, sessionStorage, checked
// down-casts (web-api.cpp, on web-api.html). The test compiles the program with
// the build's <jsinterop/web/dom.h>. Run: JSINTEROP_BUILD=build node --test test/browser/web-api.test.js
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { test } from 'node:test';

import { compileProgram } from '../node/lib/toolchain.js';
import { debianPackage, executablePath, launchChromium } from './chromium.js';
import { serve } from './sample-page.js';

test('Canvas 2D, events, enums and storage from C++', { timeout: 120_000 }, async () => {
  assert.ok(existsSync(executablePath), `${executablePath} is missing: install Debian's ${debianPackage}`);
  const wasm = compileProgram(readFileSync(new URL('web-api.cpp', import.meta.url), 'utf8'), 'web-api');
  const server = await serve(dirname(wasm));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`http://127.0.0.1:${server.address().port}/test/browser/web-api.html?wasm=/build/${basename(wasm)}`);
    await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
    assert.equal(await page.evaluate(() => window.web.canvas()), '20x10 left 255,255 right 0,0 measured');
    assert.equal(await page.evaluate(() => window.web.events()),
      'click at 12,34 with shift; key Enter; not an input');
    assert.equal(await page.evaluate(() => window.web.page()), 'complete value removed jsinterop: the Web API test page');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
