// The wrappers of imports and exports, each binding with function literals of its own.
//
// V8 keeps type feedback per function literal, shared by every closure made from it. Were all
// imports of one signature closures of one literal, the call of the JS target inside would see every
// target: monomorphic with one binding, megamorphic (no inlining, a generic call) with several. So
// tools/gen-call-sites.mjs writes copies of each wrapper template (generated/call-sites.js), and each
// new binding takes the next copy of its template: up to 32 bindings of one template (8 for the
// rarer 3 and 4 parameters) are each as fast as a lone one; past that, copies are shared again, in
// turn (correct, slower).
// Inside a copy, the calls that differ by binding (its target, its wasm function, its lowering) are
// written in the copy; the helpers below it calls make no call that differs by binding on the
// common paths: the common types cross by a code tested inline (wire.js, liftAs and lowerAs).
import { InstanceBase, imports, scalarExports } from './generated/call-sites.js';
import { LIFT_AS_IS, LIFT_BORROWED, LIFT_STRING, LOWER_BOOL, LOWER_INT32, LOWER_NUMBER } from './wire.js';

// The most JS parameters the templates take.
export const MAX_ARITY = imports.length - 1;

// The next copy of the template of an import of `arity` one-value parameters.
export const nextImport = taker(imports);
// The next copy of the template of an export of `arity` one-value parameters.
export const nextScalarExport = taker(scalarExports);
// The next copy of the template of a class's method of `arity` one-value parameters after `this`.
export const nextMethod = taker(InstanceBase.methods);
// The base of exported classes' JS classes, which holds the method copies (js/src/classes.js).
export { InstanceBase, OWNER } from './generated/call-sites.js';

function taker(family) {
  const taken = family.map(() => 0);
  return (arity) => family[arity][taken[arity]++ % family[arity].length];
}

// An import's one-value parameter as its JS argument.
export function lift(p, wasm) {
  switch (p.liftAs) {
    case LIFT_AS_IS:
      return wasm;
    case LIFT_BORROWED:
      return p.values.get(wasm);
    default:
      return p.lift(wasm);
  }
}

// The same for the parameter at `p.offset` among an import's wasm values, which may be a string.
export function arg(p, a0, a1, a2, a3, a4, a5, a6, a7) {
  const x = at(p.offset, a0, a1, a2, a3, a4, a5, a6, a7);
  return p.liftAs === LIFT_STRING ? p.heap.readString(x, at(p.offset + 1, a0, a1, a2, a3, a4, a5, a6, a7)) : lift(p, x);
}

function at(index, a0, a1, a2, a3, a4, a5, a6, a7) {
  switch (index) {
    case 0:
      return a0;
    case 1:
      return a1;
    case 2:
      return a2;
    case 3:
      return a3;
    case 4:
      return a4;
    case 5:
      return a5;
    case 6:
      return a6;
    default:
      return a7;
  }
}

// Whether an import's JS result is its wasm result as it is: a number for an int32 (or a float), a
// boolean for a bool (wasm converts it to 1 or 0). Any other goes through the result's own check.
export function fits(lowerAs, value) {
  switch (lowerAs) {
    case LOWER_INT32:
      return typeof value === 'number' && (value | 0) === value;
    case LOWER_NUMBER:
      return typeof value === 'number';
    case LOWER_BOOL:
      return typeof value === 'boolean';
    default:
      return false;
  }
}

// An export's one-value argument as its wasm value; `p.lower` checks and lowers any other, and
// throws the TypeError that names the export and the parameter.
export function lowered(p, value) {
  return fits(p.lowerAs, value) ? value : p.lower(value);
}

// What to run after an export's wasm call: both, in order, of what two lowerings asked for.
export function chain(first, then) {
  if (then === undefined) return first;
  if (first === undefined) return then;
  return () => {
    first();
    then();
  };
}
