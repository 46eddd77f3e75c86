// Node: the runtime imported by its package name. Usage: node main.mjs app.wasm [program args]
import * as fs from 'node:fs';
import { instantiate } from 'jsinterop';
import * as Greeting from 'greeting';

const app = await instantiate(process.argv[2], { modules: { Greeting, Fs: fs }, args: process.argv.slice(3) });
const code = await app.run();
console.log(`app.add(2, 3) = ${app.exports.app.add(2, 3)}`);
process.exitCode = code;
