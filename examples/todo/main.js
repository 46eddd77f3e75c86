// The page's module (index.html): runs the to-do list's wasm module (todo.cpp), which does the rest.
// The wasm file is ../../build/examples/todo.wasm (the CMake build), or the URL in ?wasm=.
import { instantiate } from '../../js/src/index.js';

const wasm = new URLSearchParams(location.search).get('wasm') ?? '../../build/examples/todo.wasm';
const app = await instantiate(new URL(wasm, location.href));
await app.run();
