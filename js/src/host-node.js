// What the runtime needs of Node's built-in modules. source.js reaches it as '#host', which
// package.json "imports" maps to this file in Node only: a bundle for the browser gets host-web.js
// instead and holds none of Node's modules.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// file: a path or a file: URL.
export async function loadFile(file) {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  return { module: await WebAssembly.compile(await readFile(path)), name: basename(path) };
}

// What import() takes for a module given without a URL scheme: a file when the specifier is a path
// (starting with / or ., or a Windows drive) or names a file from the working directory (shim.js);
// else a package or built-in module, imported as such ('lodash', 'fs').
export async function moduleUrl(specifier) {
  const isPath = /^(\.{0,2}[\\/]|[a-z]:)/i.test(specifier) ||
    (await stat(specifier).then((found) => found.isFile(), () => false));
  return isPath ? pathToFileURL(specifier).href : specifier;
}
