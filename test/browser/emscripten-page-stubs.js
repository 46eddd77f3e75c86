// What the conformance harness (test/node/conformance/harness.js) imports for the WASI build only
// (node:fs, the WASI compile helper, the JS runtime's instantiate): never called in the page, where
// the harness runs with JSINTEROP_TOOLCHAIN=emscripten (emscripten-conformance.test.js bundles this
// in their place). A new import of the harness's shows up as esbuild's "No matching export".
function absent(name) {
  return () => {
    throw new Error(`${name} is not available in the page (test/browser/emscripten-page-stubs.js)`);
  };
}
export const readFileSync = absent('readFileSync');
export const compileProgram = absent('compileProgram');
export const instantiate = absent('instantiate');
export class MemoryView {}
