// examples/todo/index.html served from 127.0.0.1 in headless Chromium: test/browser/todo.test.js drives
// it, and so does `make demo` (examples/todo/demo.mjs).
import { launchChromium } from './chromium.js';
import { serve } from './sample-page.js';

// With wasm, the page's module: a file under dir (served as /build/). Resolves with { page
// (Playwright's), errors (uncaught in the page), open(), items(), close() } once the page is ready;
// open() loads it again in the same profile (its localStorage kept).
export async function openTodo(dir, wasm) {
  const server = await serve(dir);
  let browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    server.close();
    throw error;
  }
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const todo = {
    page,
    errors,
    async open() {
      await page.goto(`http://127.0.0.1:${server.address().port}/examples/todo/index.html?wasm=/build/${wasm}`);
      await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
    },
    // The items' texts, each with " (done)" when it is.
    items: () => page.$$eval('#list li', (lis) =>
      lis.map((li) => li.querySelector('span').textContent + (li.classList.contains('done') ? ' (done)' : ''))),
    async close() {
      await browser.close();
      server.close();
    },
  };
  try {
    await todo.open();
  } catch (error) {
    await todo.close();
    throw error;
  }
  return todo;
}
