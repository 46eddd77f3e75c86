// issue 17's crossings and issue 21's classes in a browser: the same measurements as in Node
// (crossings.mjs, classes.mjs), on the files that run.mjs serves under /out/ (raw.wasm,
// jsinterop.wasm, embind.cjs + embind.wasm if built). Sets document.body.dataset.result to
// { crossings, classes } (rows; crossings null with ?only=classes) as JSON, or data-error.
import { instantiate } from '../../js/src/index.js';
import { runClasses } from './classes.mjs';
import { jsFunctions, runCrossings } from './crossings.mjs';

const log = (line) => { document.getElementById('log').textContent += `${line}\n`; };

async function loadScript(url) {
  const script = document.createElement('script');
  script.src = url;
  const loaded = new Promise((done, fail) => { script.onload = done; script.onerror = fail; });
  document.head.append(script);
  await loaded;
}

try {
  const fns = jsFunctions();
  const rawBytes = await (await fetch('/out/raw.wasm')).arrayBuffer();
  const { instance: raw } = await WebAssembly.instantiate(rawBytes, { bench: fns.adds });
  const app = await instantiate(new URL('/out/jsinterop.wasm', location.href), {
    modules: { Bench: { ...fns.adds, takeString: fns.takeString, createObject: fns.createObject, createCounter: fns.createCounter } },
  });
  let embind = null;
  const params = new URLSearchParams(location.search);
  if (params.get('embind') === '1') {
    for (let i = 0; i < 16; ++i) globalThis[`benchAdd${i}`] = fns.adds[`add${i}`];
    globalThis.benchTakeString = fns.takeString;
    globalThis.benchCreateObject = fns.createObject;
    globalThis.benchCreateCounter = fns.createCounter;
    await loadScript('/out/embind.cjs'); // a classic script that defines createEmbind
    const wasmBinary = await (await fetch('/out/embind.wasm')).arrayBuffer();
    embind = await globalThis.createEmbind({ wasmBinary });
  }
  // Let the page settle before timing.
  await new Promise((done) => setTimeout(done, 100));
  const now = () => performance.now();
  const crossings = params.get('only') === 'classes' ? null : runCrossings({ raw, jsi: app.exports.jsi, embind, now, log });
  const classes = runClasses({ jsi: app.exports.jsi, embind, now, log });
  document.body.dataset.result = JSON.stringify({ crossings, classes });
} catch (error) {
  document.body.dataset.error = `${error?.stack ?? error}`;
}
