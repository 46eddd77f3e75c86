// Runs examples/interop-sample/index.html in headless Chromium (Debian's `chromium`, driven by
// playwright-core) from a static server on 127.0.0.1; shared by test/browser/chromium.test.js and
// bench/sample/run.mjs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.css': 'text/css', '.txt': 'text/plain; charset=utf-8',
};

// The repository root, read-only; /build/ is the build folder (buildDir may be elsewhere).
function serve(buildDir) {
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

// Starts the server and the browser; `runSample()` loads the page once and resolves with
// { exitCode, output, errors }; `close()` stops both.
export async function openSampleBrowser(buildDir) {
  const server = await serve(resolve(buildDir));
  const userDataDir = mkdtempSync(join(tmpdir(), 'jsinterop-chromium-'));
  const { chromium } = await import('playwright-core');
  // A new, empty user-data-dir (Playwright passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    timezoneId: 'America/New_York',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    async runSample() {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const { port } = server.address();
      await page.goto(`http://127.0.0.1:${port}/examples/interop-sample/index.html?wasm=/build/examples/interop-sample.wasm`);
      await page.waitForSelector('body[data-exit-code]', { timeout: 90_000 });
      const exitCode = await page.getAttribute('body', 'data-exit-code');
      const output = await page.textContent('#output');
      await page.close();
      return { exitCode, output, errors };
    },
    async close() {
      await browser.close();
      server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
