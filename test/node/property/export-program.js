// The export property test's C++ program, an export per shape of wire-shapes.js that takes it as
// its parameter `value` and gives it back (a span, which cannot be a result, is reversed in place
// and its size returned), and a control export; and one case of the property.
import assert from 'node:assert/strict';

import { checkOutcome, counts, same, sameView } from './check.js';
import { allowedOutcomes, build, expectation } from './values.js';
import {
  arrays,
  callbacks,
  functions,
  marshalAs,
  optionals,
  prologue,
  promises,
  resultCxx,
  scalars,
  segments,
  spans,
} from './wire-shapes.js';

const echoed = [...scalars, ...optionals, ...arrays];
export const shapes = [...echoed, ...spans, ...segments, ...promises, ...functions, ...callbacks];

const attributes = (keyword) => [`jsinterop::export`, marshalAs(keyword)].filter(Boolean).join(', ');
const parameter = (keyword) => (keyword ? `[[${marshalAs(keyword)}]] ` : '');

export const exportSource = [
  prologue,
  'namespace echo {',
  ...echoed.map(
    ({ id, cxx, keyword }) =>
      `[[${attributes(keyword)}]] ${cxx} of_${id}(${parameter(keyword)}${cxx} value) { return value; }`,
  ),
  ...spans.map(
    ({ id, cxx }) =>
      `[[jsinterop::export]] std::size_t of_${id}(${cxx} value) { std::reverse(value.begin(), value.end()); return value.size(); }`,
  ),
  ...segments.map(({ id, cxx }) => `[[jsinterop::export]] ${cxx} of_${id}(${cxx} value) { return value; }`),
  ...promises.map(
    ({ id, cxx, keyword, inner }) =>
      `[[${attributes(keyword)}]] ${cxx} of_${id}(${parameter(keyword)}${cxx} value) { ${inner.wire === 'void' ? 'co_await value;' : 'co_return co_await value;'} }`,
  ),
  ...functions.map(
    ({ id, cxx, keyword, inner }) =>
      `[[${attributes(inner.keyword)}]] ${resultCxx(inner.cxx)} of_${id}(${parameter(keyword)}${cxx} value) { return value(); }`,
  ),
  ...callbacks.map(
    ({ id, cxx, keyword, inner }) =>
      `[[${attributes(keyword)}]] ${cxx} of_${id}() { return [](${inner.cxx} value) { return value; }; }`,
  ),
  '[[jsinterop::export]] int control(int value) { return value + 1; }',
  '}',
].join('\n');

// A span<E> takes a typed array of E (copied in and back, or in place when it is over the module's
// memory) or a live MemoryView of E of this memory, which C++ reverses; anything else is a TypeError.
function spanOutcomes(shape, recipe) {
  const fits =
    recipe.element === shape.element &&
    ((recipe.kind === 'typed' && recipe.where !== 'detached') || (recipe.kind === 'view' && recipe.state === 'live'));
  return fits ? [{ echo: recipe.values.length }] : [{ typeError: true }];
}

// A segment<E> takes a live MemoryView of E of this memory and gives back a view of the same place.
function segmentOutcomes(shape, recipe, built) {
  const fits = recipe.kind === 'view' && recipe.element === shape.element && recipe.state === 'live';
  return fits ? [{ echo: built.value }] : [{ typeError: true }];
}

// promise<T>: C++ awaits Promise.resolve(value); the export's promise resolves to what that gives
// (as T maps it), or rejects with an Error naming promise<T> with the JS value as its cause (the
// rejection's reason, or the value that does not fit).
async function promiseCase(call, shape, recipe, built, where) {
  const awaited = await Promise.resolve(built.value).then(
    (value) => ({ value }),
    (error) => ({ error }),
  );
  let expected = { reject: true };
  if (shape.inner.kind === 'void') expected = 'value' in awaited ? { value: undefined } : expected;
  else if ('value' in awaited) expected = expectation(shape.inner, { kind: 'plain' }, awaited);
  const misfit = { names: shape.wire };
  if ('value' in awaited) misfit.cause = awaited.value;
  else if (recipe.kind === 'rejects') misfit.cause = awaited.error;
  const promise = call();
  assert.ok(promise instanceof Promise, `${where.path}: expected a Promise`);
  const settled = await promise.then(
    (value) => ({ value }),
    (error) => ({ error }),
  );
  const replay = () => {
    if ('error' in settled) throw settled.error;
    return settled.value;
  };
  checkOutcome(replay, allowedOutcomes(expected, misfit), where);
}

// function<T>: C++ calls the JS function and reads its result as result<T>: a value that does not
// fit is an error naming function<T>, a throw is thrown as it is; a parameter that is no function
// is a TypeError.
function functionOutcomes(shape, recipe, built) {
  if (recipe.kind === 'throw') return [{ thrown: built.value }];
  const misfit = { names: shape.wire };
  if (recipe.kind === 'returns') return allowedOutcomes(expectation(shape.inner, recipe.value, built), misfit);
  if (typeof built.value !== 'function') return [{ typeError: true }];
  // A function among the plain values (they have no arguments and no side effect).
  return allowedOutcomes(expectation(shape.inner, { kind: 'plain' }, { value: built.value() }), misfit);
}

// The value a case passes: for function<T>, a JS function that gives (or throws) the built value.
function argument(shape, recipe, built) {
  if (shape.kind !== 'function' || (recipe.kind !== 'returns' && recipe.kind !== 'throw')) return built.value;
  return recipe.kind === 'throw'
    ? () => {
        throw built.value;
      }
    : () => built.value;
}

// A new instance's first C++ callback grows the runtime library's callable table, which keeps its
// capacity, and the first array argument of one makes the handle of Array.isArray that the runtime
// keeps (docs/design.md, "Callbacks"): one such call before the first case, so that the counts of
// a case start after them.
export function warmUp(app) {
  const callback = app.exports.echo.of_callback_array_int32();
  callback([]);
  callback.dispose();
  return app;
}

export async function runCase(app, shape, recipe) {
  const { echo } = app.exports;
  const emptyReturnAreas = () => {
    echo.of_string('');
    echo.of_u16string('');
  };
  const start = counts(app, emptyReturnAreas);
  const built = build(recipe, app);
  const name = `of_${shape.id}`;
  const where = { path: `echo.${name}`, param: 'value' };
  const call = () => echo[name](argument(shape, recipe, built));
  if (shape.kind === 'span') {
    const outcome = checkOutcome(call, spanOutcomes(shape, recipe), where);
    if ('returned' in outcome) {
      const reversed = [...built.read().constructor.from(recipe.values).reverse()];
      assert.ok(same([...built.read()], reversed), `${where.path}: the elements were not reversed in place`);
    }
  } else if (shape.kind === 'segment') {
    checkOutcome(call, segmentOutcomes(shape, recipe, built), { ...where, equal: sameView });
  } else if (shape.kind === 'promise') {
    await promiseCase(call, shape, recipe, built, where);
  } else if (shape.kind === 'function') {
    checkOutcome(call, functionOutcomes(shape, recipe, built), where);
  } else if (shape.kind === 'callback') {
    // A C++ callback takes its argument as T, or throws a TypeError naming it (argument 1 of the
    // function<...>); an element getter's error may pass through.
    const callback = echo[name]();
    try {
      const misfit = { names: `argument 1 of a C++ callback ${shape.wire}` };
      checkOutcome(() => callback(built.value), allowedOutcomes(expectation(shape.inner, recipe, built), misfit), where);
    } finally {
      callback.dispose();
    }
  } else {
    checkOutcome(call, allowedOutcomes(expectation(shape, recipe, built), { typeError: true }), where);
  }
  assert.equal(echo.control(41), 42, `${where.path}: the app is no longer usable`);
  built.cleanup();
  await new Promise((resolve) => setImmediate(resolve)); // a finished task's state goes after its promise settles
  assert.deepEqual(counts(app, emptyReturnAreas), start, `${where.path}: handles or heap not back at their start`);
}
