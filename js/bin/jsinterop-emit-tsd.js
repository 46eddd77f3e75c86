#!/usr/bin/env node
// jsinterop-emit-tsd app.wasm [app.d.ts]
// Writes the TypeScript declarations of a module built by jsinterop-clang++ (which runs this after
// each link unless given --no-emit-tsd): by default next to it, app.wasm's .wasm replaced by .d.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

import { bindingsOf, declarations } from '../src/tsd.js';

const USAGE = 'usage: jsinterop-emit-tsd app.wasm [app.d.ts]';

const args = process.argv.slice(2);
if (args.length < 1 || args.length > 2 || args.some((arg) => arg.startsWith('-'))) {
  console.error(USAGE);
  process.exit(1);
}
const [wasmPath, output = wasmPath.replace(/(\.wasm)?$/, '.d.ts')] = args;
try {
  const name = basename(wasmPath);
  const module = await WebAssembly.compile(readFileSync(wasmPath)).catch((error) => {
    throw new Error(`${name} is not a WebAssembly module (${error.message})`);
  });
  writeFileSync(output, declarations(bindingsOf(module, name), name));
} catch (error) {
  console.error(`jsinterop-emit-tsd: ${error.message.replace(/^jsinterop: /, '')}`);
  process.exit(1);
}
