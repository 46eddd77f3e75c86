// jsinterop beside Emscripten's own features, in each form of JS emcc writes (docs/emscripten.md):
// the default script, a MODULARIZE factory and an EXPORT_ES6 module, in Node and in headless
// Chromium. One program uses a jsinterop import and exports, printf (Emscripten's stdout), FS,
// EM_JS and embind. Skipped, saying why, without emcc (or, for the page, without chromium).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';

import { hasChromium, launchChromium } from '../../browser/chromium.js';
import { tempPath } from '../lib/toolchain.js';
import { compileEmscripten, emcc, missing } from './toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <emscripten.h>
#include <emscripten/bind.h>
#include <cstdio>
#include <string>

[[jsinterop::import("greet", "Host")]] std::string host_greet(std::string_view name);
namespace sample {
[[jsinterop::export]] std::string shout(std::string_view text) { return std::string(text) + "!"; }
[[jsinterop::export]] int twice(int x) { return 2 * x; }
}

EM_JS(int, em_js_add, (int a, int b), { return a + b; });

std::string embind_hello(std::string name) { return "embind " + name; }
EMSCRIPTEN_BINDINGS(glue) { emscripten::function("embindHello", &embind_hello); }

int main() {
  std::printf("printf: %s\n", host_greet("main").c_str());
  std::printf("EM_JS: %d\n", em_js_add(2, 3));
  if (FILE *file = std::fopen("/note.txt", "w")) {
    std::fputs("written by C++", file);
    std::fclose(file);
  }
}
`;
const flags = ['-lembind', '-sEXPORTED_RUNTIME_METHODS=callMain,FS'];
const expected = {
  out: 'printf: hello main\nEM_JS: 5\n',
  shout: 'hi!',
  twice: 42,
  embind: 'embind x',
  file: 'written by C++',
};

// What the page or the test reads off a Module whose main has run.
function observe(Module, out) {
  const { exports } = Module.jsinterop;
  return {
    out,
    shout: exports.sample.shout('hi'),
    twice: exports.sample.twice(21),
    embind: Module.embindHello('x'),
    file: Module.FS.readFile('/note.txt', { encoding: 'utf8' }),
  };
}
const config = (print) => ({ jsinteropModules: { Host: { greet: (name) => `hello ${name}` } }, print });

function skipWithout(t) {
  if (emcc) return false;
  console.warn(`SKIPPED: ${missing}`);
  t.skip(missing);
  return true;
}

// The default script, run by node as a user would: a --pre-js of the user's sets Module up.
test('the default script: Module set up by a --pre-js, main run by Emscripten', async (t) => {
  if (skipWithout(t)) return;
  const preJs = tempPath('glue-script-pre.js');
  writeFileSync(
    preJs,
    // in the scope of emcc's JS: names of its own (emcc's has an \`out\`)
    `var testObserve = ${observe.toString()};
var testOut = '';
Object.assign(Module, (${config.toString()})((line) => (testOut += line + '\\n')));
Module.postRun = () => console.log(JSON.stringify(testObserve(Module, testOut)));
`,
  );
  const script = compileEmscripten(source, 'glue-script', [...flags, '--pre-js', preJs]);
  const printed = execFileSync(process.execPath, [script], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(printed), expected);
});

test('MODULARIZE: a factory per instance', async (t) => {
  if (skipWithout(t)) return;
  const script = compileEmscripten(source, 'glue-modularize', ['-sMODULARIZE', ...flags]);
  for (let i = 0; i < 2; i += 1) {
    let out = '';
    const Module = await createRequire(import.meta.url)(script)(config((line) => (out += `${line}\n`)));
    assert.deepEqual(observe(Module, out), expected);
  }
});

// -O3, which jsinterop-em++ links at -O2 (past it emcc renames imports and exports), links and runs
// as the others.
test('MODULARIZE at -O3', async (t) => {
  if (skipWithout(t)) return;
  const script = compileEmscripten(source, 'glue-o3', ['-sMODULARIZE', '-O3', ...flags]);
  let out = '';
  const Module = await createRequire(import.meta.url)(script)(config((line) => (out += `${line}\n`)));
  assert.deepEqual(observe(Module, out), expected);
});

// -sSTANDALONE_WASM links too (emcc's post-link steps accept jsinterop's import and export names).
// Such a module is a command: its _start runs the static constructors and main, then exits the
// process; without main run (noInitialRun), the exports of jsinterop work, embind's are not registered.
test('MODULARIZE with -sSTANDALONE_WASM', async (t) => {
  if (skipWithout(t)) return;
  const script = compileEmscripten(source, 'glue-standalone', ['-sMODULARIZE', '-sSTANDALONE_WASM', ...flags]);
  const Module = await createRequire(import.meta.url)(script)({ ...config(() => {}), noInitialRun: true });
  assert.equal(Module.jsinterop.exports.sample.shout('hi'), expected.shout);
  assert.equal(Module.jsinterop.exports.sample.twice(21), expected.twice);
});

// Emscripten 3.1.6's EXPORT_ES6 JS reads __dirname under Node, which an ES module has not: built for
// the web environment, it runs in Node too (jsinterop reads the .wasm itself).
test('EXPORT_ES6: an ES module factory', async (t) => {
  if (skipWithout(t)) return;
  const script = compileEmscripten(source, 'glue-es6', ['-sMODULARIZE', '-sEXPORT_ES6', '-sENVIRONMENT=web', ...flags]);
  const mjs = script.replace(/\.js$/, '.mjs');
  await import('node:fs').then(({ copyFileSync }) => copyFileSync(script, mjs));
  let out = '';
  const factory = (await import(pathToFileURL(mjs))).default;
  const Module = await factory(config((line) => (out += `${line}\n`)));
  assert.deepEqual(observe(Module, out), expected);
});

test('in headless Chromium: the EXPORT_ES6 module on a page', async (t) => {
  if (skipWithout(t)) return;
  if (!hasChromium) {
    console.warn('SKIPPED: no /usr/bin/chromium (tools/install-deps installs it)');
    t.skip('no chromium');
    return;
  }
  const script = compileEmscripten(source, 'glue-page', ['-sMODULARIZE', '-sEXPORT_ES6', ...flags]);
  const folder = dirname(script);
  // observe() and config() as the page's own code
  const page = `<!doctype html><script type="module">
import factory from './glue-page.js';
const observe = ${observe};
const config = ${config};
let out = '';
try {
  window.result = observe(await factory(config((line) => (out += line + '\\n'))), out);
} catch (error) {
  window.result = String(error.stack);
}
</script>`;
  const server = createServer((request, response) => {
    const name = request.url.slice(1);
    if (!['', 'glue-page.js', 'glue-page.wasm'].includes(name)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    const types = { js: 'text/javascript', wasm: 'application/wasm' };
    response.setHeader('content-type', types[name.split('.').pop()] ?? 'text/html');
    response.end(name === '' ? page : readFileSync(join(folder, name)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction(() => window.result !== undefined, null, { timeout: 30_000 }).catch((error) => {
      throw new Error(`${error.message}; the page said: ${errors.join('; ')}`);
    });
    assert.deepEqual(await tab.evaluate(() => window.result), expected);
  } finally {
    await browser.close();
    server.close();
  }
});
