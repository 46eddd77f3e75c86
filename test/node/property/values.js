// The JS values the property tests pass, as recipes: plain data that fast-check generates, shrinks
// and prints, from which build() makes the live value of one call (a getter keeps state, a typed
// array over the module's memory needs a block, a Proxy is revoked), and expectation() and
// allowedOutcomes() say what a call may do with it, by the model of model.js.
import fc from 'fast-check';

import { ELEMENT_ARRAYS, MemoryView } from '../../../js/src/memory-view.js';
import { REJECT, shapeModel, utf16String } from './model.js';

const ELEMENTS = Object.keys(ELEMENT_ARRAYS);

// Values whose String() throws, and other values that are no number, string or array.
const throwsOnString = () => ({
  toString() {
    throw new Error('toString throws');
  },
});
const oddValues = fc.constantFrom(
  Object.create(null),
  throwsOnString(),
  Symbol('a symbol'),
  {},
  () => 0,
  new Error('an error'),
  new Date(NaN),
  new Map(),
  Promise.resolve(1),
);

const numbers = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 32, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 0.5, 65535, 65536),
);
const bigints = fc.oneof(fc.bigInt(), fc.constantFrom(-(2n ** 63n), 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 64n, -1n));
const dates = fc.oneof(fc.date(), fc.constantFrom(new Date(8.64e15), new Date(-8.64e15), new Date(NaN)));

const scalarValues = fc.oneof(numbers, bigints, utf16String(), fc.boolean(), fc.constantFrom(null, undefined), dates, oddValues);

// Any plain value: a scalar, or an array of them (one level deep).
export const plainValues = fc.oneof(
  { weight: 3, arbitrary: scalarValues },
  { weight: 1, arbitrary: fc.array(scalarValues, { maxLength: 6 }) },
);

const elementValues = (element) =>
  element.endsWith('bigint') ? fc.array(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { maxLength: 6 }) : fc.array(fc.integer({ min: -128, max: 127 }), { maxLength: 6 });

const typedArrays = fc.constantFrom(...ELEMENTS).chain((element) =>
  fc.record({
    kind: fc.constant('typed'),
    element: fc.constant(element),
    values: elementValues(element),
    where: fc.constantFrom('js', 'detached', 'memory'),
  }),
);

const memoryViews = fc.constantFrom(...ELEMENTS).chain((element) =>
  fc.record({
    kind: fc.constant('view'),
    element: fc.constant(element),
    values: elementValues(element),
    state: fc.constantFrom('live', 'live', 'disposed', 'foreign'),
  }),
);

const proxies = fc.record({
  kind: fc.constant('proxy'),
  target: fc.oneof(fc.array(scalarValues, { maxLength: 4 }), fc.constant({})),
  revoked: fc.boolean(),
});

// An array whose element `index` is a getter: it throws, grows the array by 1000 elements, or gives
// another value (a symbol) from its second read on.
const getterArrays = (elements) =>
  elements.chain((values) =>
    fc.record({
      kind: fc.constant('getters'),
      elements: fc.constant(values),
      index: fc.nat({ max: values.length - 1 }),
      behavior: fc.constantFrom('throws', 'grows', 'flips'),
    }),
  );

const thrownRecipes = fc
  .oneof(plainValues.map((value) => ({ kind: 'plain', value })), proxies)
  .map((value) => ({ kind: 'throw', value }));

// Recipes of an import's result: what recipesFor gives, or a throw of any value.
export function resultRecipesFor(shape) {
  return fc.oneof({ weight: 5, arbitrary: recipesFor(shape) }, { weight: 1, arbitrary: thrownRecipes });
}

// Recipes for a shape: mostly values that fit it (so that its echo runs), and anything else. For a
// promise<T>, also a Promise that resolves or rejects with a value; for a function<T> (a JS function
// C++ calls), mostly a function that returns (or throws) the value.
export function recipesFor(shape) {
  if (shape.kind === 'promise') {
    const settled = fc.record({ kind: fc.constantFrom('resolves', 'rejects'), value: recipesFor(shape.inner) });
    return fc.oneof({ weight: 3, arbitrary: recipesFor(shape.inner) }, { weight: 1, arbitrary: settled });
  }
  if (shape.kind === 'function') {
    const returns = recipesFor(shape.inner).map((value) => ({ kind: 'returns', value }));
    return fc.oneof(
      { weight: 4, arbitrary: returns },
      { weight: 1, arbitrary: thrownRecipes },
      { weight: 1, arbitrary: recipesFor(shape.inner) },
    );
  }
  if (shape.kind === 'callback') return recipesFor(shape.inner);
  const model = shape.kind === 'value' ? shapeModel(shape) : null;
  const fitting = model ? model.fitting : fc.constant(null);
  const arrayElements = shape.wire.startsWith('array<')
    ? fc.array(shapeModel(shape.inner).fitting, { minLength: 1, maxLength: 6 })
    : fc.array(scalarValues, { minLength: 1, maxLength: 4 });
  const views = shape.kind === 'span' || shape.kind === 'segment' ? 4 : 1;
  return fc.oneof(
    { weight: 4, arbitrary: fitting.map((value) => ({ kind: 'plain', value })) },
    { weight: 3, arbitrary: plainValues.map((value) => ({ kind: 'plain', value })) },
    { weight: views, arbitrary: typedArrays },
    { weight: views, arbitrary: memoryViews },
    { weight: 1, arbitrary: proxies },
    { weight: shape.wire.startsWith('array<') ? 3 : 1, arbitrary: getterArrays(arrayElements) },
  );
}

// The live value of a recipe, for one call; `cleanup()` frees what it allocated in the module.
// `app` is the instance whose memory typed arrays and views live in.
export function build(recipe, app) {
  const { memory } = app;
  const { jsinterop_alloc: alloc, jsinterop_free: free } = app.instance.exports;
  switch (recipe.kind) {
    case 'throw': // what the shim or function throws, and
    case 'returns': // what the function returns (import-program.js, export-program.js)
      return build(recipe.value, app);
    case 'resolves':
    case 'rejects': {
      const inner = build(recipe.value, app);
      const promise = recipe.kind === 'resolves' ? Promise.resolve(inner.value) : Promise.reject(inner.value);
      promise.catch(() => {}); // handled by the test, whatever the call does
      return { ...inner, value: promise, inner };
    }
    case 'plain':
      return { value: recipe.value, cleanup() {} };
    case 'typed': {
      const ArrayType = ELEMENT_ARRAYS[recipe.element];
      if (recipe.where !== 'memory') {
        const array = ArrayType.from(recipe.values);
        if (recipe.where === 'detached') structuredClone(array.buffer, { transfer: [array.buffer] });
        return { value: array, read: () => array, cleanup() {} };
      }
      const address = alloc(recipe.values.length * ArrayType.BYTES_PER_ELEMENT) >>> 0;
      const place = () => new ArrayType(memory.buffer, address, recipe.values.length);
      const array = place();
      array.set(recipe.values);
      return { value: array, read: place, cleanup: () => free(address) };
    }
    case 'view': {
      const ArrayType = ELEMENT_ARRAYS[recipe.element];
      const byteLength = recipe.values.length * ArrayType.BYTES_PER_ELEMENT;
      const foreign = recipe.state === 'foreign';
      const address = foreign ? 0 : alloc(byteLength) >>> 0;
      const where = foreign ? new WebAssembly.Memory({ initial: 1 }) : memory;
      const view = new MemoryView(where, address, recipe.values.length, recipe.element);
      view.set(recipe.values);
      const read = () => new ArrayType(where.buffer, address, recipe.values.length);
      if (recipe.state === 'disposed') view.dispose();
      return { value: view, address, read, cleanup: () => foreign || free(address) };
    }
    case 'proxy': {
      const target = Array.isArray(recipe.target) ? [...recipe.target] : recipe.target;
      const { proxy, revoke } = Proxy.revocable(target, {});
      if (recipe.revoked) revoke();
      return { value: proxy, cleanup() {} };
    }
    case 'getters': {
      const array = [...recipe.elements];
      const thrown = new Error('an element getter throws');
      let reads = 0;
      Object.defineProperty(array, recipe.index, {
        enumerable: true,
        get() {
          reads += 1;
          if (recipe.behavior === 'throws') throw thrown;
          if (recipe.behavior === 'grows') array.push(...new Array(1000).fill(recipe.elements[0]));
          if (recipe.behavior === 'flips' && reads > 1) return Symbol('read twice');
          return recipe.elements[recipe.index];
        },
      });
      return { value: array, thrown, cleanup() {} };
    }
    default:
      throw new Error(`unknown recipe ${recipe.kind}`);
  }
}

// What crossing as `shape` (a scalar, optional<T> or array<T>) makes of the built value: { value },
// or { reject } when it does not fit; `orError` when a clear error is also right (an array that
// changes while it is read), `getterError` when an element getter threw it.
export function expectation(shape, recipe, built) {
  const model = shapeModel(shape);
  if (recipe.kind === 'getters' && shape.wire.startsWith('array<')) {
    // Each element is read once, when the array is read: the getter's first result (a snapshot of
    // the array's length before it grew), its error, or a clear error.
    if (recipe.behavior === 'throws') return { reject: true, getterError: built.thrown };
    const snapshot = model.map(recipe.elements, recipe.elements);
    return snapshot === REJECT ? { reject: true } : { value: snapshot, orError: true };
  }
  let mapped;
  try {
    mapped = model.map(built.value);
  } catch {
    mapped = REJECT; // a revoked Proxy: every check but typeof throws
  }
  return mapped === REJECT ? { reject: true } : { value: mapped };
}

// The outcomes allowed (check.js checkOutcome) for an expectation, where `misfit` is the outcome of
// a value that does not fit, and a getter's own error may pass through when `passGetterError`.
export function allowedOutcomes(expected, misfit, { passGetterError = true } = {}) {
  if (!expected.reject) return expected.orError ? [{ echo: expected.value }, misfit] : [{ echo: expected.value }];
  return expected.getterError && passGetterError ? [misfit, { thrown: expected.getterError }] : [misfit];
}
