// Runs the createApp factory that emcc wrote (node run.mjs <app.js> [argument...]), as jsinterop-run
// runs the WASI consumer's app.wasm: main gets the arguments and the module "Names" is names.mjs.
// Then JS calls the export add through Module.jsinterop.exports.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

import * as Names from '../cmake/names.mjs';

const [script, ...args] = process.argv.slice(2);
const createApp = createRequire(import.meta.url)(resolve(script));
const Module = await createApp({ jsinteropModules: { Names }, arguments: args });
console.log(`add(2, 3) = ${Module.jsinterop.exports.add(2, 3)}`);
