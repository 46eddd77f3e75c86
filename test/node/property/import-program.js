// The import property test's C++ program and one case of the property. For each shape of
// wire-shapes.js that can be a result (void, the scalars, optional<T>, array<T>, segment<E>), two
// imports from the JS module "P" whose result the test chooses, and two exports that give that
// result back: take.of_<id>() through an import `pick_<id>` of result<T> (a value that does not fit,
// or a throw, is an error value, which the export throws), and take.plain_of_<id>() through an
// import `plain_<id>` of T (such a value ends the program with an error naming the import).
// promise<T> and function<...> results are not here: JS values reach C++ as those the same way as
// an export's parameters, which exports.test.js covers.
import assert from 'node:assert/strict';

import { checkOutcome, counts, sameView } from './check.js';
import { allowedOutcomes, build, expectation } from './values.js';
import { arrays, marshalAs, optionals, prologue, resultCxx, scalars, segments, voidShape } from './wire-shapes.js';

export const shapes = [voidShape, ...scalars, ...optionals, ...arrays, ...segments];

const attributes = (first, keyword) => [first, marshalAs(keyword)].filter(Boolean).join(', ');

export const importSource = [
  prologue,
  'namespace take {',
  ...shapes.flatMap(({ id, cxx, keyword }) => [
    `[[${attributes(`jsinterop::import("pick_${id}", "P")`, keyword)}]] ${resultCxx(cxx)} pick_${id}();`,
    `[[${attributes('jsinterop::export', keyword)}]] ${resultCxx(cxx)} of_${id}() { return pick_${id}(); }`,
    `[[${attributes(`jsinterop::import("plain_${id}", "P")`, keyword)}]] ${cxx} plain_${id}();`,
    `[[${attributes('jsinterop::export', keyword)}]] ${cxx} plain_of_${id}() { return plain_${id}(); }`,
  ]),
  '[[jsinterop::export]] int control(int value) { return value + 1; }',
  '}',
].join('\n');

// The JS module "P": every import calls respond(), which the case sets.
export function shim(state) {
  const namespace = {};
  for (const { id } of shapes) {
    namespace[`pick_${id}`] = () => state.respond();
    namespace[`plain_${id}`] = () => state.respond();
  }
  return namespace;
}

// What the import's result may make: as `expectation` (values.js), for void and segment<E> too.
function resultExpectation(shape, recipe, built) {
  if (shape.kind === 'void') return { value: undefined }; // whatever a void import returns is dropped
  if (shape.kind === 'segment') {
    const fits = recipe.kind === 'view' && recipe.element === shape.element && recipe.state === 'live';
    return fits ? { value: built.value } : { reject: true };
  }
  return expectation(shape, recipe, built);
}

// One case: the import `pick_<id>` or `plain_<id>` gives (or throws, for a recipe of kind 'throw')
// the built value. Returns whether the app is still usable (a plain import's misfit ends it).
export function runCase(app, state, shape, recipe, plain) {
  const { take } = app.exports;
  const emptyReturnAreas = () => {
    state.respond = () => '';
    take.of_string();
    take.of_u16string();
  };
  const start = counts(app, emptyReturnAreas);
  const thrown = recipe.kind === 'throw';
  const built = build(recipe, app);
  state.respond = () => {
    if (thrown) throw built.value;
    return built.value;
  };
  const name = plain ? `plain_${shape.id}` : `pick_${shape.id}`;
  const exported = plain ? `plain_of_${shape.id}` : `of_${shape.id}`;
  const where = { path: `take.${exported}`, equal: shape.kind === 'segment' ? sameView : undefined };
  // A throw is an error value that the export throws as it is (result<T>), or ends the program with
  // an error that names the import and has the thrown value as its cause.
  const misfit = plain && thrown ? { names: name, cause: built.value } : { names: name };
  const allowed =
    thrown && !plain
      ? [{ thrown: built.value }]
      : allowedOutcomes(thrown ? { reject: true } : resultExpectation(shape, recipe, built), misfit, {
          passGetterError: !plain,
        });
  const outcome = checkOutcome(() => take[exported](), allowed, where);
  if (plain && 'error' in outcome) {
    assert.throws(() => take.control(41), /can no longer be called/, `${where.path}: the program did not end`);
    return false;
  }
  assert.equal(take.control(41), 42, `${where.path}: the app is no longer usable`);
  built.cleanup();
  assert.deepEqual(counts(app, emptyReturnAreas), start, `${where.path}: handles or heap not back at their start`);
  return true;
}
