// Writes the --js-library that jsinterop-em++ passes to emcc: a function for every import of the
// modules jsinterop and jsinterop.runtime that the objects and archives to link hold. emcc takes
// every function a module imports for a symbol its JS library must define ("undefined symbol"
// otherwise), whatever the import's module; these satisfy it and are never called, since
// emscripten.js instantiates the module with jsinterop's own imports (docs/emscripten.md).
// Usage: node js-library.mjs <output.js> <object or archive>...
import { readFileSync, writeFileSync } from 'node:fs';

const [output, ...inputs] = process.argv.slice(2);
const WASM = Buffer.from([0, 0x61, 0x73, 0x6d]);

// The wasm objects of a file: itself, or the members of a GNU/BSD ar archive.
function* wasmObjects(bytes) {
  if (bytes.subarray(0, 4).equals(WASM)) yield bytes;
  if (bytes.toString('latin1', 0, 8) !== '!<arch>\n') return;
  for (let at = 8; at + 60 <= bytes.length; ) {
    const size = Number(bytes.toString('latin1', at + 48, at + 58).trim());
    const member = bytes.subarray(at + 60, at + 60 + size);
    if (member.subarray(0, 4).equals(WASM)) yield member;
    at += 60 + size + (size % 2);
  }
}

const names = new Set();
for (const input of inputs) {
  for (const object of wasmObjects(readFileSync(input))) {
    for (const { module, name, kind } of WebAssembly.Module.imports(new WebAssembly.Module(object))) {
      if (kind === 'function' && (module === 'jsinterop' || module === 'jsinterop.runtime')) names.add(name);
    }
  }
}
const stub = "function () { throw new Error('jsinterop: this module was instantiated without jsinterop (link it with jsinterop-em++)'); }";
writeFileSync(output, `mergeInto(LibraryManager.library, {\n${[...names].map((name) => `  '${name}': ${stub},`).join('\n')}\n});\n`);
