// The page's module (index.html): loads the jsinterop runtime (js/src/index.js), runs the sample's
// wasm module, and copies every console line into <pre id="output">. When the program has ended,
// <body> gets data-exit-code. The wasm file is ../../build/examples/interop-sample.wasm (the CMake
// build), or the URL in ?wasm=.
import { instantiate } from '../../js/src/index.js';
import { copyConsoleTo } from './console-output.js';

copyConsoleTo(document.getElementById('output'));

const wasm = new URLSearchParams(location.search).get('wasm') ?? '../../build/examples/interop-sample.wasm';
try {
  const app = await instantiate(new URL(wasm, location.href));
  document.body.dataset.exitCode = String(await app.run());
} catch (error) {
  console.error(String(error?.message ?? error));
  document.body.dataset.exitCode = 'error';
}
