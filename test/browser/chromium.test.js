// examples/interop-sample/index.html in headless Chromium (Debian's `chromium`, driven by
// playwright-core), served by a static server on 127.0.0.1: the page's output matches
// examples/interop-sample/expected-output.txt line for line. Skips, saying why, only when
// /usr/bin/chromium is missing. Run: JSINTEROP_BUILD=build node --test test/browser/
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { assertMatchesExpected } from '../node/sample/expected.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const buildDir = resolve(repoRoot, process.env.JSINTEROP_BUILD ?? 'build');
const chromium = '/usr/bin/chromium';
const skip = existsSync(chromium) ? false : `${chromium} is missing (Debian package: chromium)`;
if (skip) process.stderr.write(`\n*** SKIPPING the browser test: ${skip} ***\n\n`);

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.css': 'text/css', '.txt': 'text/plain; charset=utf-8',
};

// The repository root, read-only; /build/ is the build folder (JSINTEROP_BUILD may be elsewhere).
function serve() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const [root, rest] = path.startsWith('/build/') ? [buildDir, path.slice(7)] : [repoRoot, path.slice(1)];
    const file = normalize(join(root, rest));
    if (relative(root, file).startsWith('..') || file.includes(`${sep}node_modules${sep}`)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

let server;
let browser;
let userDataDir;

before(async () => {
  if (skip) return;
  server = await serve();
  userDataDir = mkdtempSync(join(tmpdir(), 'jsinterop-chromium-'));
  const { chromium: launcher } = await import('playwright-core');
  // A new, empty user-data-dir (Playwright passes it as --user-data-dir).
  browser = await launcher.launchPersistentContext(userDataDir, {
    executablePath: chromium,
    headless: true,
    timezoneId: 'America/New_York',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

test('the interop sample prints the expected output in Chromium', { skip, timeout: 120_000 }, async () => {
  assert.ok(existsSync(join(buildDir, 'examples/interop-sample.wasm')), 'build first (make build)');
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const { port } = server.address();
  await page.goto(`http://127.0.0.1:${port}/examples/interop-sample/index.html?wasm=/build/examples/interop-sample.wasm`);
  await page.waitForSelector('body[data-exit-code]', { timeout: 90_000 });
  const exitCode = await page.getAttribute('body', 'data-exit-code');
  const output = await page.textContent('#output');
  await page.close();
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  assert.equal(exitCode, '0', `exit code ${exitCode}\n${output}`);
  assertMatchesExpected(output);
});
