// emscripten-assert.js, the node:assert/strict that the conformance tests run with in a page
// (emscripten-conformance.test.js), passes and fails exactly where Node's does, on the kinds of
// values and validations the conformance tests use (and their edges: -0, NaN, holes, prototypes).
import nodeAssert from 'node:assert/strict';
import { test } from 'node:test';

import pageAssert from './emscripten-assert.js';

class Point {
  constructor(x) {
    this.x = x;
  }
}
const typeError = () => {
  throw new TypeError("ints.echo_int: 'value' must be an integer");
};
const rangeError = () => {
  throw new RangeError('out of range');
};
const hole = [1, , 3];
const errorWithKeys = Object.assign(new Error('x'), { cause: 1 });

// [assertion, ...arguments]: each is called on both modules.
const cases = [
  ['ok', 1], ['ok', 0], ['ok', ''], ['ok', 'x'], ['ok', null], ['ok', {}],
  ['equal', 1, 1], ['equal', 1, '1'], ['equal', NaN, NaN], ['equal', 0, -0], ['equal', 1n, 1n], ['equal', 1n, 1],
  ['equal', {}, {}], ['equal', 'a', 'a'], ['equal', null, undefined],
  ['notEqual', 1, 2], ['notEqual', NaN, NaN], ['notEqual', 0, -0], ['notEqual', 'a', 'a'],
  ['deepEqual', [1, 2], [1, 2]], ['deepEqual', [1, 2], [2, 1]], ['deepEqual', [1, 2], [1, 2, 3]],
  ['deepEqual', hole, [1, undefined, 3]], ['deepEqual', hole, [1, , 3]],
  ['deepEqual', { a: 1 }, { a: 1, b: undefined }], ['deepEqual', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['deepEqual', [0], [-0]], ['deepEqual', [NaN], [NaN]], ['deepEqual', [1n], [1]], ['deepEqual', [1n], [1n]],
  ['deepEqual', ['1'], [1]], ['deepEqual', [[1, { b: [2] }]], [[1, { b: [2] }]]], ['deepEqual', [[1, { b: [2] }]], [[1, { b: [3] }]]],
  ['deepEqual', new Date(0), new Date(0)], ['deepEqual', new Date(0), new Date(1)], ['deepEqual', [new Date(5)], [new Date(5)]],
  ['deepEqual', Object.create(null), {}], ['deepEqual', [], {}], ['deepEqual', new Point(1), { x: 1 }], ['deepEqual', new Point(1), new Point(1)],
  ['deepEqual', new Uint8Array([1, 2]), new Uint8Array([1, 2])], ['deepEqual', new Uint8Array([1]), new Int8Array([1])],
  ['deepEqual', new Float64Array([-0]), new Float64Array([0])], ['deepEqual', new Uint8Array([1]), new Uint8Array([2])],
  ['deepEqual', [{ message: 'plain', stack: '' }], [{ message: 'plain', stack: '' }]], ['deepEqual', [{ message: 'plain' }], [{ message: 'plain', stack: '' }]],
  ['deepEqual', new Error('a'), new Error('a')], ['deepEqual', new Error('a'), new Error('b')], ['deepEqual', new Error('a'), new TypeError('a')],
  ['deepEqual', errorWithKeys, new Error('x')], ['deepEqual', /a/g, /a/g], ['deepEqual', /a/g, /a/i],
  ['deepEqual', new Set([1, 2]), new Set([2, 1])], ['deepEqual', new Set([1]), new Set([2])],
  ['deepEqual', new Map([[1, 'a']]), new Map([[1, 'a']])], ['deepEqual', new Map([[1, 'a']]), new Map([[1, 'b']])],
  ['deepEqual', 1, 1], ['deepEqual', 'a', 'b'], ['deepEqual', null, undefined], ['deepEqual', [undefined], []],
  ['match', 'abc', /b/], ['match', 'abc', /d/], ['match', 5, /5/], ['match', 'error x', /^error /],
  ['fail', 'always'],
  ['throws', () => {}], ['throws', typeError], ['throws', typeError, TypeError], ['throws', typeError, RangeError],
  ['throws', rangeError, Error], ['throws', () => { throw 5; }, Error], ['throws', typeError, (error) => error instanceof TypeError],
  ['throws', typeError, (error) => error instanceof RangeError], ['throws', typeError, () => undefined], ['throws', typeError, () => 1],
  ['throws', typeError, { name: 'TypeError', message: /ints\.echo_int[\s\S]*'value'/ }], ['throws', typeError, { name: 'TypeError', message: /'other'/ }],
  ['throws', typeError, { name: 'RangeError' }], ['throws', typeError, { name: 'TypeError' }], ['throws', typeError, { code: 'X' }],
  ['throws', () => { throw 'plain'; }, { message: 'plain' }],
  ['throws', typeError, /must be an integer/], ['throws', typeError, /nothing like it/], ['throws', typeError, 'a message'],
  ['throws', () => {}, TypeError, 'a message'], ['throws', () => { throw 'plain'; }, (error) => error === 'plain'],
  ['throws', typeError, (error) => { nodeAssert.match(error.message, /integer/); return true; }],
  ['throws', typeError, (error) => { nodeAssert.match(error.message, /float/); return true; }],
  ['rejects', () => Promise.reject(new TypeError('x')), TypeError], ['rejects', () => Promise.reject(new TypeError('x')), RangeError],
  ['rejects', () => Promise.resolve(1)], ['rejects', () => Promise.reject(new Error('bad')), /bad/],
  ['rejects', () => Promise.reject(new Error('bad import')), (error) => error.message.includes('import')],
];

async function outcome(assert, [name, ...args]) {
  try {
    await assert[name](...args);
    return 'passes';
  } catch {
    return 'fails';
  }
}

test("the page's node:assert/strict passes and fails where Node's does", async () => {
  const differ = [];
  for (const [i, testCase] of cases.entries()) {
    const [node, page] = [await outcome(nodeAssert, testCase), await outcome(pageAssert, testCase)];
    if (node !== page) differ.push(`case ${i} (${testCase[0]}): Node's ${node}, the page's ${page}`);
  }
  nodeAssert.deepEqual(differ, []);
  nodeAssert.equal(pageAssert.strictEqual, pageAssert.equal);
});
