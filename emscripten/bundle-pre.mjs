// Writes the two scripts jsinterop-em++ passes to emcc: js/src/emscripten.js bundled into one
// script (no module syntax) as --extern-pre-js, which emcc pastes outside its own JS and leaves to
// no optimizer of its own (an older emcc's cannot walk modern syntax), and the --pre-js that
// attaches it to emcc's Module from inside (inside the MODULARIZE factory, if any).
// Usage: node bundle-pre.mjs <repository root> <extern-pre.js> <pre.js>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [root, externPre, pre] = process.argv.slice(2);
const esbuild = await import(join(root, 'node_modules', 'esbuild', 'lib', 'main.js'));
const { outputFiles } = esbuild.buildSync({
  entryPoints: [join(root, 'js', 'src', 'emscripten.js')],
  bundle: true, format: 'iife', globalName: 'jsinteropEmscripten', platform: 'browser',
  external: ['node:*'], minify: true, keepNames: true, write: false,
});
writeFileSync(externPre, outputFiles[0].text);
// wasmBinaryFile (Emscripten up to 3.1.5x) or findWasmBinary() (later) is where emcc's JS found the
// .wasm, wasmBinary what Module.wasmBinary gave (emcc's JS traps a later read of the latter with
// ASSERTIONS); abort() is emcc's.
writeFileSync(pre, `jsinteropEmscripten.attach(Module, {
  wasmFile: function () { return typeof wasmBinaryFile != 'undefined' ? wasmBinaryFile : findWasmBinary(); },
  wasmBinary: function () { return typeof wasmBinary != 'undefined' ? wasmBinary : undefined; },
  abort: function (error) { abort(error && error.message ? error.message : String(error)); },
});
`);
