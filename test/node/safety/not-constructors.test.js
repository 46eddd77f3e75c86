// `new` on an exported function is a TypeError (issue 16, item 15): exports are not constructors, for
// every shape of export function (few one-value parameters, strings and handles, many parameters).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <string>

namespace make {
[[jsinterop::export]] int none() { return 1; }
[[jsinterop::export]] int add(int a, int b) { return a + b; }
[[jsinterop::export]] std::string greet(std::string name) { return "hi " + name; }
[[jsinterop::export]] int many(int a, int b, int c, int d, int e) { return a + b + c + d + e; }
}
`;

let app;
before(async () => {
  app = await instantiate(readFileSync(compileProgram(source, 'safety-not-constructors')), { stdout: () => {}, stderr: () => {} });
});

for (const [name, args, result] of [
  ['none', [], 1],
  ['add', [1, 2], 3],
  ['greet', ['x'], 'hi x'],
  ['many', [1, 2, 3, 4, 5], 15],
]) {
  test(`new make.${name}(...) is a TypeError; the export still works`, () => {
    const exported = app.exports.make[name];
    assert.throws(() => new exported(...args), TypeError);
    assert.throws(() => Reflect.construct(exported, args), TypeError);
    assert.equal(exported.prototype, undefined);
    assert.equal(exported.name, `make.${name}`);
    assert.equal(exported(...args), result);
  });
}
