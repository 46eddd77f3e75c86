// Hosts examples/hello in Node with the jsinterop JS runtime: registers the shim module, runs main,
// then calls the exported C++ function. Usage: node main.mjs hello.wasm
import { instantiate } from '../../js/src/index.js';
import * as HelloShim from './HelloShim.mjs';

const app = await instantiate(process.argv[2], { modules: { HelloShim } });
const code = await app.run();
console.log(app.exports.hello.greet('JS'));
process.exitCode = code;
