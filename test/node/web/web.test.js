// The generated Web API (<jsinterop/web/dom.h>, which the build writes with tools/gen-web.mjs; docs/web.md):
// the header compiles with -Wall -Wextra -Werror, and a program using a dozen of its interfaces that Node has too
// (URL, TextEncoder/Decoder, Headers, Request, Response, EventTarget, Event, console, timers) runs.
// The DOM is tested in Chromium: test/browser/todo.test.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = readFileSync(new URL('program.cpp', import.meta.url), 'utf8');

let module;
before(() => {
  module = new WebAssembly.Module(readFileSync(compileProgram(source, 'web-program')));
});

const start = async () => (await instantiate(module, { stdout: () => {}, stderr: () => {} })).exports.webtest;

test('URL and URLSearchParams: a constructor, getters, setters, a static method', async () => {
  const web = await start();
  assert.equal(web.url_parts('https://example.com/a/b?q=1'),
    'example.com /a/b https://example.com/a/b?q=1&page=2#top');
  assert.equal(web.url_can_parse('https://example.com/'), true);
  assert.equal(web.url_can_parse('not a url'), false);
});

test('TextEncoder and TextDecoder: bytes as an object (a Uint8Array)', async () => {
  const web = await start();
  assert.equal(web.round_trip('héllo'), '6:héllo');
});

test('fetch types: Headers, a Response with a dictionary and a promise, a Request and its enums', async () => {
  const web = await start();
  assert.equal(web.headers(), 'text/plain no accept');
  assert.equal(await web.response_text(), '201 body text default');
  assert.equal(web.request_mode(), 'POST same-origin');
});

test('events: a std::function listener, an event made with a dictionary', async () => {
  const web = await start();
  assert.equal(web.events(), 12);
});

test('console, and timers through window()', async (t) => {
  const web = await start();
  // Node has no window, and its setTimeout returns an object: a window of a timer and a name will do.
  globalThis.window = { setTimeout: (handler, ms) => Number(setTimeout(handler, ms)), name: '' };
  t.after(() => delete globalThis.window);
  const logged = [];
  t.mock.method(console, 'log', (...args) => logged.push(args));
  web.log('from C++');
  t.mock.restoreAll();
  assert.deepEqual(logged, [['from C++']]);
  assert.equal(web.is_window_a_window(), false, 'not a Window: no such class in Node');
  assert.equal(typeof web.timer(5), 'number');
  assert.equal(globalThis.window.name, '');
  await sleep(50);
  assert.equal(globalThis.window.name, 'fired');
});
