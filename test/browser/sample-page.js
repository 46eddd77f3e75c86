// examples/interop-sample/index.html served from 127.0.0.1 and run in a browser, written once for
// every driver: openSample() only uses what Playwright's and Puppeteer's pages both have (goto,
// waitForSelector, evaluate, the 'pageerror' event). chromium.js and firefox.js supply the browser.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

// The sample's dates are checked in this zone (examples/interop-sample/expected-output.txt).
export const timeZone = 'America/New_York';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.css': 'text/css', '.txt': 'text/plain; charset=utf-8',
};

// The repository root, read-only; /build/ is the build folder (buildDir may be elsewhere). Also
// todo-page.js's server.
export function serve(buildDir) {
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

// Starts the server and `launch()`'s browser (anything with newPage() and close()); `runSample()`
// loads the page once and resolves with { exitCode, output, errors }; `close()` stops both.
export async function openSample(buildDir, launch) {
  const server = await serve(resolve(buildDir));
  let browser;
  // A failed launch must not leave the server holding the test process open.
  try {
    browser = await launch();
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    async runSample() {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const { port } = server.address();
      await page.goto(`http://127.0.0.1:${port}/examples/interop-sample/index.html?wasm=/build/examples/interop-sample.wasm`);
      await page.waitForSelector('body[data-exit-code]', { timeout: 90_000 });
      const { exitCode, output } = await page.evaluate(() => ({
        exitCode: document.body.dataset.exitCode,
        output: document.getElementById('output').textContent,
      }));
      await page.close();
      return { exitCode, output, errors };
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
