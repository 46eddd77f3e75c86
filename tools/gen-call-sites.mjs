// Writes js/src/generated/call-sites.js: textual copies of the wrapper templates below, so that up
// to COPIES[n] bindings of the template of n parameters each have function literals of their own
// (V8 shares type feedback among all closures of one literal: js/src/call-sites.js says why).
// Usage: node tools/gen-call-sites.mjs [--check]   (--check: exit 1 if the file is not up to date)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { LOWER_INT32 } from '../js/src/wire.js';

// How many copies of the templates of 0, 1, ... MAX_ARITY parameters (wider signatures take the
// shared wrappers of imports.js and exports.js): fewer of the rarer, larger ones.
export const COPIES = [32, 32, 32, 8, 8];
// The same for methods (getters have 0 parameters, setters 1), by parameters after `this`.
export const METHOD_COPIES = [16, 16, 8, 4, 4];
const MAX_ARITY = COPIES.length - 1;
const target = fileURLToPath(new URL('../js/src/generated/call-sites.js', import.meta.url));

const list = (n, item) => Array.from({ length: n }, (_, i) => item(i));
const args = (n) => list(n, (i) => `a${i}`).join(', ');
// An int32 that is one is tested right here, in the copy: through a helper it costs a call's worth.
const isInt32 = (value) => `typeof ${value} === 'number' && (${value} | 0) === ${value}`;

// An import of n one-value parameters whose result is not in memory: wasm calls it with n values.
// One template per n: V8's wasm-to-JS call costs less when the JS function declares as many
// parameters as the wasm signature has. s.direct: each parameter is its wasm value, as it is.
// s.method (a method import, docs/cpp-api.md "Import kinds"): the method s.name of the first
// parameter, looked up and called right here, so that the lookup's feedback is this copy's alone.
const lifted = (n, from) => list(n, (i) => i).slice(from).map((i) => `lift(s.p${i}, a${i})`).join(', ');
const importTemplate = (n) => `(s) => (${args(n)}) => {
      const target = s.target ?? s.resolve();
      let value;
      try {
        ${n === 0 ? 'value = target();' : `if (s.method) {
          const receiver = lift(s.p0, a0);
          const method = receiver[s.name];
          value = typeof method === 'function' ? method.call(receiver${n > 1 ? `, ${lifted(n, 1)}` : ''}) : s.notMethod(method);
        } else {
          value = s.direct ? target(${args(n)}) : target(${lifted(n, 0)});
        }`}
      } catch (error) {
        throw s.threw(error);
      }
      const wasm = (s.result === ${LOWER_INT32} && ${isInt32('value')}) || fits(s.result, value) ? value : s.lower(value);
      if (s.rt.isDead) throw s.rt.unwinding();
      return wasm;
    }`;

// An export of n one-value parameters that allocate nothing, checked and lowered as they come. Once
// the instance has ended, s.wasm throws (exports.js): no test of it here. One template per n, not
// one for all: V8 inlines a wrapper into its caller within a budget of bytecode
// (its caller calls several exports, often), which a wrapper that could take any n would exhaust.
const lowerings = (n) =>
  list(n, (i) => `          const w${i} = s.k${i} === ${LOWER_INT32} && ${isInt32(`a${i}`)} ? a${i} : lowered(s.p${i}, a${i});\n`).join('');
const scalarExportTemplate = (n) => `(s) =>
      ({
        export(${args(n)}) {
          if (arguments.length !== ${n}) throw s.countError(arguments.length);
${lowerings(n)}          try {
            return s.lift(s.wasm(${list(n, (i) => `w${i}`).join(', ')}));
          } catch (error) {
            throw s.failure(error);
          }
        },
      }).export`;

// A method, getter or setter of an exported class (js/src/exports.js methodExport) of n scalar
// parameters after `this`. The copies are written inside the class that holds an instance's C++
// address in private fields (InstanceBase below), so that the receiver's check is in each copy:
// its feedback sees the one class of its method, where a shared check goes megamorphic once it has
// seen a few classes (each JS class is a subclass: its instances have maps of their own). The call
// borrows the receiver, which the runtime library counts in wasm (js/src/classes.js ClassTable): no
// JS code runs between the check and the call. s.dispatch(s.target, ...): a record's dispatcher
// called as it is (V8 does not inline a
// call of wasm through a bound function); s.wasm(...) for a direct export (s.target -1), a branch on
// a field that never changes, which V8 folds.
const methodTemplate = (n) => `(s) =>
      ({
        method(${args(n)}) {
          if (arguments.length !== ${n}) throw s.countError(arguments.length);
          let self = -1; // a private field of anything but an instance throws: no other test needed
          try {
            if (this.#type === s.type) self = this.#pointer;
          } catch {}
          if (self <= 0) throw s.notSelf(self);
${lowerings(n)}          try {
            return s.lift(s.target < 0 ? s.wasm(${['self', ...list(n, (i) => `w${i}`)].join(', ')}) : s.dispatch(${['s.target', 'self', ...list(n, (i) => `w${i}`)].join(', ')}));
          } catch (error) {
            throw s.failure(error);
          }
        },
      }).method`;

// By parameter count: the copies of each template, 0 to MAX_ARITY parameters.
const family = (template, copies = COPIES) =>
  `[\n${list(MAX_ARITY + 1, (n) => `  [\n${list(copies[n], () => `    ${template(n)},\n`).join('')}  ],\n`).join('')}]`;

export const source = `// Generated by tools/gen-call-sites.mjs: do not edit. Copies of the wrapper templates of
// one-value imports and exports, by parameter count, each copy its own function literals
// (js/src/call-sites.js).
import { fits, lift, lowered } from '../call-sites.js';

export const imports = ${family(importTemplate)};

export const scalarExports = ${family(scalarExportTemplate)};

// What every exported class's JS class extends (js/src/classes.js): the C++ object's address and the
// class in private fields, which no JS code outside this class body can read, write or forge (a Proxy
// has no private fields); the address is 0 once disposed. Only the holder of OWNER (classes.js) sets
// them. methods: the copies of the method template, by parameter count.
const OWNER = Symbol('owner');
export { OWNER };

export class InstanceBase {
  #pointer = 0;
  #type = null;

  // The address of \`value\`, a live instance of \`type\`; 0 for a disposed one, -1 for anything else.
  static pointerOf(value, type) {
    return typeof value === 'object' && value !== null && #pointer in value && value.#type === type ? value.#pointer : -1;
  }

  // \`value\`'s class, or null when it is no instance.
  static typeOf(value) {
    return typeof value === 'object' && value !== null && #pointer in value ? value.#type : null;
  }

  static own(owner, instance, type, pointer) {
    if (owner !== OWNER) throw new TypeError('Illegal invocation');
    instance.#type = type;
    instance.#pointer = pointer;
  }

  static methods = ${family(methodTemplate, METHOD_COPIES)};
}
`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== source) {
      console.error(`${target} is out of date: run node tools/gen-call-sites.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(target, source);
  }
}
