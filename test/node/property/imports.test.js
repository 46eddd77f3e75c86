// Property: every import result of every wire type (wire-shapes.js, from wire_types.def) that a JS
// function gives (or throws) with arbitrary values (values.js) reaches C++ as its wire type maps it
// (model.js), and back through an export; a value that does not fit, or a throw, is an error value
// naming the import (result<T>: the export throws it; a throw is thrown as it is, whatever its
// String() does) or ends the program with an error naming the import (T). After each case that
// keeps the program, a control export works, and app.liveHandles and app.heapInUse() are back at
// their start. `make fuzz` runs many more cases (JSINTEROP_FUZZ_RUNS).
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import fc from 'fast-check';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';
import { runParameters } from './check.js';
import { importSource, runCase, shapes, shim } from './import-program.js';
import { resultRecipesFor } from './values.js';

let wasm;
before(async () => {
  wasm = await WebAssembly.compile(readFileSync(compileProgram(importSource, 'property-imports')));
});

test('every import result crosses as its wire type maps it, or is an error naming the import', async () => {
  const state = { respond: () => undefined };
  let app = null;
  const cases = fc
    .constantFrom(...shapes)
    .chain((shape) => fc.tuple(fc.constant(shape), resultRecipesFor(shape), fc.boolean()));
  await fc.assert(
    fc.asyncProperty(cases, async ([shape, recipe, plain]) => {
      app ??= await instantiate(wasm, { modules: { P: shim(state) }, stdout: () => {}, stderr: () => {} });
      let usable = false;
      try {
        usable = runCase(app, state, shape, recipe, plain);
      } finally {
        if (!usable) app = null; // the next case gets a new instance
      }
    }),
    runParameters(800),
  );
});
