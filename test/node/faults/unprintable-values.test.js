// Thrown or rejected values whose String() throws (an object without toString, a throwing toString, a
// revoked Proxy, an Error whose message getter throws) and a Symbol: formatting them for a message
// never throws (js/src/format.js), on every route: an import that throws one (the error names the
// import), the same import returning result<T> (js_error::message() and stack() in C++), a task
// awaiting a promise rejected with one, an exported task's promise, and a getter that throws one
// while C++ reads the property (the error names the property, with the value as its cause, and the
// program still ends with a reason). Issue 16, item 8.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load } from '../async/helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <string>
using jsinterop::object;
using jsinterop::result;
using jsinterop::task;

[[jsinterop::import("throwIt", "U")]] int throw_it();
[[jsinterop::import("throwIt", "U")]] result<int> throw_it_result();
[[jsinterop::import("rejectWith", "U")]] task<int> reject_with();
[[jsinterop::import("rejectWith", "U")]] task<result<int>> reject_with_result();

[[jsinterop::export]] int call_throwing() { return throw_it(); }
[[jsinterop::export]] std::string message_of_thrown() {
  result<int> r = throw_it_result();
  return r ? std::string("a value") : "message " + r.error().message() + ", stack [" + r.error().stack() + "]";
}
[[jsinterop::export]] task<int> await_rejected() { co_return co_await reject_with(); }
[[jsinterop::export]] task<std::string> await_rejected_result() {
  result<int> r = co_await reject_with_result();
  co_return r ? std::string("a value") : "message " + r.error().message();
}
[[jsinterop::export]] task<result<int>> pass_rejected() { co_return co_await reject_with_result(); }
[[jsinterop::export]] int read_value(object o) { return o.get<int>("value"); }
[[jsinterop::export]] int probe() { return 1; }
`;

// [what, make the value, how messages show it]
const values = [
  ['an object without toString', () => Object.create(null), '[an object without toString]'],
  [
    'an object whose toString throws',
    () => ({
      toString() {
        throw new Error('no string');
      },
    }),
    '[an object whose toString threw]',
  ],
  [
    'a revoked Proxy',
    () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
    '[a revoked Proxy]',
  ],
  [
    'an Error whose message getter throws',
    () =>
      Object.defineProperty(new Error('hidden'), 'message', {
        get() {
          throw new Error('no message');
        },
      }),
    '[an object whose toString threw]',
  ],
  ['a Symbol', () => Symbol('sym'), 'Symbol(sym)'],
];

let wasm;

before(async () => {
  wasm = await build(source, 'faults-unprintable-values');
});

// An instance whose imports throw or reject with `value`.
async function start(value) {
  const U = {
    throwIt: () => {
      throw value;
    },
    rejectWith: () => Promise.reject(value),
  };
  return (await load(wasm, { U })).app;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const [what, make, shown] of values) {
  test(`an import that throws ${what}: the error names the import`, async () => {
    const value = make();
    const app = await start(value);
    assert.throws(
      () => app.exports.call_throwing(),
      (error) => {
        assert.match(error.message, new RegExp(`^jsinterop: import 'throwIt' of module 'U' \\(C\\+\\+ throw_it\\) threw: ${escape(shown)}$`));
        assert.equal(error.cause, value);
        return true;
      },
    );
    assert.throws(() => app.exports.probe(), new RegExp(`can no longer be called: it failed: .*threw: ${escape(shown)}`));
  });

  test(`result<T> import that throws ${what}: js_error::message() and stack() in C++`, async () => {
    const app = await start(make());
    assert.equal(app.exports.message_of_thrown(), `message ${shown}, stack []`);
    assert.equal(app.exports.probe(), 1, 'the program goes on');
  });

  test(`a task awaiting a promise rejected with ${what}: the exported task rejects, saying so`, async () => {
    const value = make();
    const app = await start(value);
    await assert.rejects(app.exports.await_rejected(), (error) => {
      assert.equal(error.message, `jsinterop: the awaited promise<int32> rejected: ${shown}`);
      assert.equal(error.cause, value);
      return true;
    });
    assert.equal(await app.exports.await_rejected_result(), `message ${shown}`);
    assert.equal(app.exports.probe(), 1, 'the program goes on');
  });

  test(`an exported task<result<T>> whose error is ${what} rejects with the value itself`, async () => {
    const value = make();
    const app = await start(value);
    // Not assert.rejects, nor resolving with the value, which read its properties (a revoked Proxy throws).
    const outcome = await app.exports.pass_rejected().then(() => ({}), (error) => ({ error }));
    assert.ok(outcome.error === value);
    assert.equal(app.exports.probe(), 1);
  });

  test(`a getter that throws ${what} while C++ reads the property: the error names the property, its cause is the value, and the program ends`, async () => {
    const value = make();
    const app = await start(value);
    let thrown = 'nothing';
    try {
      app.exports.read_value({
        get value() {
          throw value;
        },
      });
    } catch (error) {
      thrown = error;
    }
    assert.match(thrown.message, new RegExp(`^jsinterop: reading property "value" threw: ${escape(shown)}$`));
    assert.ok(thrown.cause === value, 'the value thrown is the cause');
    assert.throws(
      () => app.exports.probe(),
      new RegExp(`can no longer be called: it failed: jsinterop: reading property "value" threw: ${escape(shown)}$`),
    );
  });
}
