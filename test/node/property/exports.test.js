// Property: every export parameter of every wire type (wire-shapes.js, from wire_types.def), called
// with arbitrary JS values (values.js: numbers, bigints, strings with lone surrogates, null and
// undefined, arrays, typed arrays also detached or over the module's memory, MemoryViews, Proxies
// also revoked, arrays with getters that throw, grow the array or change, values whose String()
// throws), either gives back the value as its wire type maps it (model.js) or throws a TypeError
// naming the export and the parameter (an element getter's own error may pass through); after each
// call a control export works, and app.liveHandles and app.heapInUse() are back at their start.
// `make fuzz` runs many more cases (JSINTEROP_FUZZ_RUNS).
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import fc from 'fast-check';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';
import { runParameters } from './check.js';
import { exportSource, runCase, shapes, warmUp } from './export-program.js';
import { recipesFor } from './values.js';

let wasm;
before(async () => {
  wasm = await WebAssembly.compile(readFileSync(compileProgram(exportSource, 'property-exports')));
});

test('every export parameter takes what its wire type maps, or throws a TypeError naming it', async () => {
  let app = null;
  const cases = fc.constantFrom(...shapes).chain((shape) => fc.tuple(fc.constant(shape), recipesFor(shape)));
  await fc.assert(
    fc.asyncProperty(cases, async ([shape, recipe]) => {
      app ??= warmUp(await instantiate(wasm, { stdout: () => {}, stderr: () => {} }));
      try {
        await runCase(app, shape, recipe);
      } catch (error) {
        app = null; // the next case (a shrink of this one, say) gets a new instance
        throw error;
      }
    }),
    runParameters(2000),
  );
});
