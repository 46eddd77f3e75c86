// The export property test's C++ program, an export per shape of wire-shapes.js that takes it as
// its parameter `value` and gives it back (a span, which cannot be a result, is reversed in place
// and its size returned), and a control export; and one case of the property.
import assert from 'node:assert/strict';

import { checkOutcome, counts, same, sameView } from './check.js';
import { allowedOutcomes, build, expectation } from './values.js';
import { arrays, marshalAs, optionals, prologue, scalars, segments, spans } from './wire-shapes.js';

const echoed = [...scalars, ...optionals, ...arrays];
export const shapes = [...echoed, ...spans, ...segments];

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

export function runCase(app, shape, recipe) {
  const { echo } = app.exports;
  const emptyReturnAreas = () => {
    echo.of_string('');
    echo.of_u16string('');
  };
  const start = counts(app, emptyReturnAreas);
  const built = build(recipe, app);
  const name = `of_${shape.id}`;
  const where = { path: `echo.${name}`, param: 'value' };
  const call = () => echo[name](built.value);
  if (shape.wire.startsWith('span<')) {
    const outcome = checkOutcome(call, spanOutcomes(shape, recipe), where);
    if ('returned' in outcome) {
      const reversed = [...built.read().constructor.from(recipe.values).reverse()];
      assert.ok(same([...built.read()], reversed), `${where.path}: the elements were not reversed in place`);
    }
  } else if (shape.wire.startsWith('segment<')) {
    checkOutcome(call, segmentOutcomes(shape, recipe, built), { ...where, equal: sameView });
  } else {
    checkOutcome(call, allowedOutcomes(expectation(shape, recipe, built), { typeError: true }), where);
  }
  assert.equal(echo.control(41), 42, `${where.path}: the app is no longer usable`);
  built.cleanup();
  assert.deepEqual(counts(app, emptyReturnAreas), start, `${where.path}: handles or heap not back at their start`);
}
