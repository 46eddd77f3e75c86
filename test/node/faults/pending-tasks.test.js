// The promises of tasks that C++ gave JS (exported tasks, task parameters of imports) settle when the
// program ends while they are pending: they reject with an error that says the program ended and why
// (it exited with a code, or failed with a message), with what ended it as its cause
// (docs/design.md, "What ends a program, and what it prints"). Issue 16, item 9.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, delay, load } from '../async/helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdlib>
#include <string>
using jsinterop::task;

[[jsinterop::import("later", "T")]] task<int> later();
[[jsinterop::import("hold", "T")]] void hold(task<int> work);

// Awaits the JS promise later() returns, then ends the program as 'how' says (or returns).
[[jsinterop::export]] task<int> wait_then(std::string how) {
  int value = co_await later();
  if (how == "exit") std::exit(3);
  if (how == "trap") __builtin_trap();
  co_return value;
}
[[jsinterop::export]] void quit(int code) { std::exit(code); }
[[jsinterop::export]] void crash() { __builtin_trap(); }

int main(int argc, char **argv) {
  if (argc > 1 && std::string(argv[1]) == "hold-and-exit") {
    hold(wait_then("return"));
    std::exit(4);
  }
  return 0;
}
`;

let wasm;

before(async () => {
  wasm = await build(source, 'faults-pending-tasks');
});

// An instance whose later() promises settle when the test says so.
async function start(args = []) {
  const settle = [];
  const held = [];
  const T = {
    later: () => new Promise((resolve) => settle.push(resolve)),
    hold: (promise) => held.push(promise),
  };
  const { app, exports } = await load(wasm, { T }, { args });
  return { app, exports, settle, held };
}

// The promise's rejection, or a failure if it has not settled within a second.
async function rejection(promise) {
  const outcome = await Promise.race([
    promise.then((value) => ({ value }), (error) => ({ error })),
    delay(1000, { pending: true }),
  ]);
  if (outcome.pending) assert.fail('the task\'s promise is still pending after the program ended');
  if (!('error' in outcome)) assert.fail(`the task's promise resolved with ${outcome.value}`);
  return outcome.error;
}

const ended = (how) =>
  new RegExp(`^jsinterop: app\\.wasm ended \\(${how}\\) before this task finished$`);

test('an exported task pending when an export exits rejects: the program exited with code 3', async () => {
  const { exports } = await start();
  const pending = exports.wait_then('return');
  assert.throws(() => exports.quit(3), /exited with code 3 during quit/);
  const error = await rejection(pending);
  assert.match(error.message, ended('exited with code 3'));
  assert.ok(!('cause' in error), 'an exit is no error');
});

test('an exported task pending when an export traps rejects: the program failed, with the trap', async () => {
  const { exports } = await start();
  const pending = [exports.wait_then('return'), exports.wait_then('return')];
  let trap;
  assert.throws(() => exports.crash(), (error) => (trap = error) instanceof WebAssembly.RuntimeError);
  for (const error of await Promise.all(pending.map(rejection))) {
    assert.match(error.message, ended(`failed: .*unreachable.*`));
    assert.equal(error.cause, trap);
  }
});

test('a task that exits in its continuation (from a microtask) rejects, and so do the other pending ones', async () => {
  const { exports, settle } = await start();
  const exiting = exports.wait_then('exit');
  const other = exports.wait_then('return');
  settle[0](1);
  for (const error of await Promise.all([exiting, other].map(rejection))) {
    assert.match(error.message, ended('exited with code 3'));
  }
  assert.throws(() => exports.quit(0), /can no longer be called: it exited with code 3/);
});

test('a task that traps in its continuation rejects with the trap, which is then not thrown from the microtask', async () => {
  const { exports, settle } = await start();
  const trapping = exports.wait_then('trap');
  settle[0](1);
  const error = await rejection(trapping);
  assert.match(error.message, ended('failed: .*unreachable.*'));
  assert.ok(error.cause instanceof WebAssembly.RuntimeError);
  assert.throws(() => exports.quit(0), /can no longer be called: it failed/);
});

test('a task C++ passed to an import rejects when main exits while it is pending', async () => {
  const { app, held } = await start(['hold-and-exit']);
  assert.equal(await app.run(), 4);
  assert.equal(held.length, 1);
  assert.match((await rejection(held[0])).message, ended('exited with code 4'));
});

test('a task that finished before the end keeps its value', async () => {
  const { exports, settle } = await start();
  const finished = exports.wait_then('return');
  settle[0](42);
  assert.equal(await finished, 42);
  assert.throws(() => exports.quit(5), /exited with code 5/);
  assert.equal(await finished, 42);
});
