// A revoked Proxy as an export's argument (issue 16, item 15): Array.isArray, instanceof and the
// typed array checks throw on it; every parameter kind gives a TypeError naming the export and the
// parameter instead of V8's message, and the app stays usable.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace proxy {
[[jsinterop::export]] int array(std::vector<int> values) { return static_cast<int>(values.size()); }
[[jsinterop::export]] int strings(std::vector<std::string> values) { return static_cast<int>(values.size()); }
[[jsinterop::export]] int maybe(std::optional<std::vector<double>> values) { return values ? 1 : 0; }
[[jsinterop::export]] int bytes(std::span<std::uint8_t> values) { return static_cast<int>(values.size()); }
[[jsinterop::export]] double when(std::chrono::system_clock::time_point at) { return static_cast<double>(at.time_since_epoch().count()); }
[[jsinterop::export]] int text(std::string value) { return static_cast<int>(value.size()); }
[[jsinterop::export]] int number(int value) { return value; }
[[jsinterop::export]] int probe() { return 7; }
}
`;

let wasm;
before(() => {
  wasm = readFileSync(compileProgram(source, 'safety-revoked-proxies'));
});

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
};

const cases = [
  ['array', 'values'],
  ['strings', 'values'],
  ['maybe', 'values'],
  ['bytes', 'values'],
  ['when', 'at'],
  ['text', 'value'],
  ['number', 'value'],
];

for (const [name, param] of cases) {
  test(`a revoked Proxy for ${name}(${param}): a TypeError naming the export and the parameter`, async () => {
    const app = await instantiate(wasm, { stdout: () => {}, stderr: () => {} });
    assert.throws(() => app.exports.proxy[name](revoked()), (error) => {
      assert.ok(error instanceof TypeError, `a TypeError, got ${error}`);
      assert.match(error.message, new RegExp(`^proxy\\.${name}: parameter '${param}' expects `));
      return true;
    });
    assert.equal(app.exports.proxy.probe(), 7, 'the app is usable');
  });
}
