// test/node/emscripten/toolchain.js in a page: what emscripten-conformance.test.js bundles in its
// place, under the conformance harness (test/node/conformance/harness.js). compileEmscripten() asks
// the test (Node, through Playwright's exposeFunction) to build the program with the same
// compileEmscripten as the Node suite, and gets the URL of the emcc JS; loadEmscripten() loads that
// -sMODULARIZE script with a <script> and makes the app object with app.js, as in Node.
import { startEmscripten } from '../node/emscripten/app.js';

export const emcc = 'jsinterop-em++, through the test';
export const missing = '';

export function compileEmscripten(sourceText, name) {
  return globalThis.jsinteropCompileEmscripten(sourceText, name);
}

const factories = new Map();

// The factory a MODULARIZE script defines as the global `Module` (no EXPORT_NAME), read as soon as
// the script has run; emcc's JS finds its .wasm next to the script (document.currentScript).
function factory(url) {
  if (!factories.has(url)) {
    factories.set(url, new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = () => resolve(globalThis.Module);
      script.onerror = () => reject(new Error(`could not load ${url}`));
      document.head.append(script);
    }));
  }
  return factories.get(url);
}

export async function loadEmscripten(url, modules = {}, options = {}) {
  return startEmscripten(await factory(url), modules, options);
}
