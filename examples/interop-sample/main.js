// The page's module (index.html): loads the jsinterop runtime (js/src/index.js), runs the sample's
// wasm module, and copies every console line into <pre id="output">. When the program has ended,
// <body> gets data-exit-code. The wasm file is ../../build/examples/interop-sample.wasm (the CMake
// build), or the URL in ?wasm=.
import { instantiate } from '../../js/src/index.js';

const output = document.getElementById('output');

function show(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || typeof value !== 'object') return String(value);
  if (value instanceof Date || value instanceof Error) return String(value);
  const fields = Object.entries(value).map(([key, field]) => {
    if (typeof field === 'function') return `${key}: [Function: ${field.name || key}]`;
    return `${key}: ${typeof field === 'string' ? `'${field}'` : show(field)}`;
  });
  return `{ ${fields.join(', ')} }`;
}

for (const level of ['log', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...values) => {
    output.textContent += `${values.map(show).join(' ')}\n`;
    original(...values);
  };
}

const wasm = new URLSearchParams(location.search).get('wasm') ?? '../../build/examples/interop-sample.wasm';
try {
  const app = await instantiate(new URL(wasm, location.href));
  document.body.dataset.exitCode = String(await app.run());
} catch (error) {
  console.error(String(error?.message ?? error));
  document.body.dataset.exitCode = 'error';
}
