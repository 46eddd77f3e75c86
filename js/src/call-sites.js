// The wrappers of imports and exports, each binding with function literals of its own.
//
// V8 keeps type feedback per function literal, shared by every closure made from it. Were all
// imports of one signature closures of one literal, the call of the JS target inside would see every
// target: monomorphic with one binding, megamorphic (no inlining, a generic call) with several. So
// tools/gen-call-sites.mjs writes COPIES copies of each wrapper template (generated/call-sites.js),
// and each new binding takes the next copy of its template: up to COPIES bindings of one template
// are each as fast as a lone one; past that, copies are shared again, in turn (correct, slower).
// Inside a copy, the calls that differ by binding (its target, its wasm function, its lowering) are
// written in the copy; the helpers below it calls make no call that differs by binding on the
// common paths: the common types cross by a code tested inline (wire.js, liftAs and lowerAs).
import { MAX_ARITY, copies } from './generated/call-sites.js';
import { LIFT_AS_IS, LIFT_BORROWED, LIFT_STRING, LOWER_BOOL, LOWER_INT32, LOWER_NUMBER } from './wire.js';

// The most JS parameters, and wasm values of an import, that the templates take (a0..a7).
export { MAX_ARITY };
export const MAX_WASM_VALUES = 8;

let importsTaken = 0;
const scalarExportsTaken = copies[0].scalarExports.map(() => 0);

// The next copy of the import template, to be called with the binding's site.
export function nextImport() {
  return copies[importsTaken++ % copies.length].import;
}

// The next copy of the template of an export of `arity` one-value parameters.
export function nextScalarExport(arity) {
  return copies[scalarExportsTaken[arity]++ % copies.length].scalarExports[arity];
}


// An import's JS argument: the wasm value at `p.offset` (and the next one, for a string) lifted.
export function arg(p, a0, a1, a2, a3, a4, a5, a6, a7) {
  const x = at(p.offset, a0, a1, a2, a3, a4, a5, a6, a7);
  switch (p.liftAs) {
    case LIFT_AS_IS:
      return x;
    case LIFT_BORROWED:
      return p.values.get(x);
    case LIFT_STRING:
      return p.heap.readString(x, at(p.offset + 1, a0, a1, a2, a3, a4, a5, a6, a7));
    default:
      return p.lift(x);
  }
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
