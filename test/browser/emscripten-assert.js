// node:assert/strict for a page: what test/browser/emscripten-conformance.test.js bundles in place of
// Node's module, so that the conformance tests' own assertions run unchanged in headless Chromium.
// The functions the conformance tests call, with Node's strict semantics for what passes and what
// fails (Object.is, isDeepStrictEqual, and throws()/rejects()'s validation by class, RegExp, object
// or function); messages are shorter than Node's. emscripten-assert.test.js checks it against Node's.

export class AssertionError extends Error {
  constructor({ message, actual, expected, operator }) {
    super(message);
    this.name = 'AssertionError';
    this.code = 'ERR_ASSERTION';
    Object.assign(this, { actual, expected, operator });
  }
}

function show(value) {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (Object.is(value, -0)) return '-0';
  if (typeof value === 'function') return `[Function: ${value.name}]`;
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value, (key, field) => (typeof field === 'bigint' ? `${field}n` : field)) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function raise(message, generated, details = {}) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message ?? generated, ...details });
}

function ok(value, message) {
  if (!value) raise(message, `The expression evaluated to a falsy value: ${show(value)}`, { actual: value, expected: true, operator: '==' });
}

function equal(actual, expected, message) {
  if (!Object.is(actual, expected)) {
    raise(message, `Expected values to be strictly equal: ${show(actual)} !== ${show(expected)}`, { actual, expected, operator: 'strictEqual' });
  }
}

function notEqual(actual, expected, message) {
  if (Object.is(actual, expected)) {
    raise(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, { actual, expected, operator: 'notStrictEqual' });
  }
}

function deepEqual(actual, expected, message) {
  if (!isDeepStrictEqual(actual, expected)) {
    raise(message, `Expected values to be strictly deep-equal: ${show(actual)} vs ${show(expected)}`, { actual, expected, operator: 'deepStrictEqual' });
  }
}

function notDeepEqual(actual, expected, message) {
  if (isDeepStrictEqual(actual, expected)) {
    raise(message, `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, { actual, expected, operator: 'notDeepStrictEqual' });
  }
}

function match(string, regexp, message) {
  if (!(regexp instanceof RegExp)) throw new TypeError('The "regexp" argument must be an instance of RegExp');
  if (typeof string !== 'string' || !regexp.test(string)) {
    raise(message, `The input did not match the regular expression ${regexp}. Input: ${show(string)}`, { actual: string, expected: regexp, operator: 'match' });
  }
}

function doesNotMatch(string, regexp, message) {
  if (!(regexp instanceof RegExp)) throw new TypeError('The "regexp" argument must be an instance of RegExp');
  if (typeof string !== 'string' || regexp.test(string)) {
    raise(message, `The input was expected to not match the regular expression ${regexp}. Input: ${show(string)}`, { actual: string, expected: regexp, operator: 'doesNotMatch' });
  }
}

function fail(message = 'Failed') {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message, operator: 'fail' });
}

const NO_EXCEPTION = Symbol('no exception');

function throws(fn, expected, message) {
  if (typeof fn !== 'function') throw new TypeError('The "fn" argument must be of type function');
  let actual = NO_EXCEPTION;
  try {
    fn();
  } catch (error) {
    actual = error;
  }
  settle(actual, expected, message, 'throws', 'exception');
}

async function rejects(promiseOrFn, expected, message) {
  const promise = typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn;
  if (typeof promise?.then !== 'function') {
    throw new TypeError('The "promiseFn" argument must return a thenable (or be a Promise)');
  }
  let actual = NO_EXCEPTION;
  try {
    await promise;
  } catch (error) {
    actual = error;
  }
  settle(actual, expected, message, 'rejects', 'rejection');
}

// assert.throws(fn, expected, message): `expected` a string is the message (Node's overload).
function settle(actual, expected, message, operator, what) {
  if (typeof expected === 'string') [message, expected] = [expected, undefined];
  if (actual === NO_EXCEPTION) {
    raise(message, `Missing expected ${what}${message ? `: ${message}` : '.'}`, { expected, operator });
  }
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    if (!expected.test(String(actual))) {
      raise(message, `The input did not match the regular expression ${expected}. Input: ${show(String(actual))}`, { actual, expected, operator });
    }
    return;
  }
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (expected === Error || Error.isPrototypeOf(expected)) {
      raise(message, `The error is expected to be an instance of "${expected.name}". Received ${show(actual)}`, { actual, expected, operator });
    }
    const result = expected.call({}, actual);
    if (result !== true) {
      raise(message, `The ${expected.name ? `"${expected.name}" ` : ''}validation function is expected to return "true". Received ${show(result)}; the error: ${actual?.stack ?? show(actual)}`, { actual, expected, operator });
    }
    return;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) {
      raise(message, `Expected an error object; received ${show(actual)}`, { actual, expected, operator });
    }
    const keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    for (const key of keys) {
      const want = expected[key];
      if (typeof actual[key] === 'string' && want instanceof RegExp && want.test(actual[key])) continue;
      if (!(key in actual) || !isDeepStrictEqual(actual[key], want)) {
        raise(message, `Expected the error's ${key} to match ${show(want)}; received ${show(actual[key])}`, { actual, expected, operator });
      }
    }
    return;
  }
  throw new TypeError(`The "expected" argument must be a function, a RegExp or an object; received ${show(expected)}`);
}

function ownKeys(value) {
  return [
    ...Object.keys(value),
    ...Object.getOwnPropertySymbols(value).filter((symbol) => Object.prototype.propertyIsEnumerable.call(value, symbol)),
  ];
}

// util.isDeepStrictEqual's rules for the values tests compare: primitives by Object.is; objects of the
// same prototype and tag, the same own enumerable keys (holes count: [1, , 3] is not [1, undefined, 3])
// with deeply equal values; Dates by time, RegExps by source and flags, boxed primitives by value,
// Errors by name and message too, typed arrays and ArrayBuffers by bytes, Maps and Sets by entries.
export function isDeepStrictEqual(a, b, seen = new Map()) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // functions and primitives: only the same value
    return false;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Array.isArray(a) && a.length !== b.length) return false;
  if (a instanceof Date && !Object.is(a.getTime(), b.getTime())) return false;
  if (a instanceof RegExp && (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex)) return false;
  if (a instanceof Error && (a.name !== b.name || a.message !== b.message)) return false;
  for (const Box of [Number, String, Boolean, BigInt, Symbol]) {
    if (a instanceof Box && !Object.is(Box.prototype.valueOf.call(a), Box.prototype.valueOf.call(b))) return false;
  }
  if (ArrayBuffer.isView(a) || a instanceof ArrayBuffer) {
    const bytes = (v) => (v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    const [x, y] = [bytes(a), bytes(b)];
    if (x.length !== y.length || x.some((byte, i) => byte !== y[i])) return false;
    if (ArrayBuffer.isView(a) && !(a instanceof DataView)) {
      // the elements are compared; only the other own keys remain
      const isIndex = (key) => typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key);
      const rest = (v) => ownKeys(v).filter((key) => !isIndex(key));
      return sameKeys(a, b, rest(a), rest(b), seen);
    }
  }
  if (a instanceof Set) {
    if (a.size !== b.size) return false;
    const left = [...b];
    for (const item of a) {
      const i = left.findIndex((other) => isDeepStrictEqual(item, other, seen));
      if (i < 0) return false;
      left.splice(i, 1);
    }
  }
  if (a instanceof Map) {
    if (a.size !== b.size) return false;
    const left = [...b];
    for (const [key, value] of a) {
      const i = left.findIndex(([k, v]) => isDeepStrictEqual(key, k, seen) && isDeepStrictEqual(value, v, seen));
      if (i < 0) return false;
      left.splice(i, 1);
    }
  }
  return sameKeys(a, b, ownKeys(a), ownKeys(b), seen);
}

function sameKeys(a, b, keysA, keysB, seen) {
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) return false;
    if (!isDeepStrictEqual(a[key], b[key], seen)) return false;
  }
  return true;
}

const assert = Object.assign((value, message) => ok(value, message), {
  AssertionError, ok, equal, notEqual, deepEqual, notDeepEqual, match, doesNotMatch, fail, throws, rejects,
  strictEqual: equal, notStrictEqual: notEqual, deepStrictEqual: deepEqual, notDeepStrictEqual: notDeepEqual,
});
assert.strict = assert;

export default assert;
export {
  ok, equal, notEqual, deepEqual, notDeepEqual, match, doesNotMatch, fail, throws, rejects,
  equal as strictEqual, notEqual as notStrictEqual, deepEqual as deepStrictEqual, notDeepEqual as notDeepStrictEqual,
};
