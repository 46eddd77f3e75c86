// A fault inside a C++ callback (a trap, abort(), exit()) ends the program whatever the JS code that
// called the callback does with the exception (docs/design.md, "What ends a program, and what it
// prints"): when that code catches it and returns into wasm that is still on the stack (main called
// an import, a JS function, or read a property whose getter called the callback), wasm unwinds
// instead of going on; run() rejects (or resolves with exit()'s code), every later call fails, and
// jsinterop-run exits non-zero with the message. Issue 16, item 4.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { build, load, runner, tempPath } from '../async/helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
using jsinterop::object;
using jsinterop::task;

[[jsinterop::import("callAndCatch", "C")]] void call_and_catch(std::function<void()> f);
[[jsinterop::import("callAndCatch", "C")]] void call_and_catch_lent(jsinterop::function_ref<void()> f);
[[jsinterop::import("keep", "C")]] void keep(std::function<void()> f);
[[jsinterop::import("catchingFunction", "C")]] std::function<int()> catching_function();
[[jsinterop::import("catchingGetter", "C")]] object catching_getter();
[[jsinterop::import("tick", "C")]] task<void> tick();

static task<void> later(std::function<void()> callback) {
  co_await tick();
  call_and_catch(callback);
  std::printf("the task goes on after the fault\n");
}

[[jsinterop::export]] int probe() { return 1; }

// argv: the fault (trap, abort, exit), then the route from main to the callback (import: an import
// calls it; lent: the same, the callback lent for the call as a function_ref; function: a JS function main calls; getter: a getter of a property main reads; task: an
// import called by a task that main spawned, resumed from the event loop).
int main(int argc, char **argv) {
  if (argc < 3) return 2;
  std::string fault = argv[1], route = argv[2];
  std::function<void()> callback = [fault] {
    if (fault == "trap") __builtin_trap();
    if (fault == "abort") std::abort();
    if (fault == "exit") std::exit(7);
  };
  std::printf("main starts\n");
  std::fflush(stdout);
  if (route == "task") {
    jsinterop::spawn(later(callback));
    std::printf("main returns\n");
    return 0;
  }
  if (route == "import") {
    call_and_catch(callback);
  } else if (route == "lent") {
    call_and_catch_lent(callback);
  } else if (route == "function") {
    keep(callback);
    catching_function()();
  } else if (route == "getter") {
    keep(callback);
    std::printf("read %d\n", catching_getter().get<int>("value"));
  }
  std::printf("main goes on after the fault\n");
  return 0;
}
`;

// Each JS caller catches what the callback throws, and records it.
const shimSource = `
let kept = null;
export const caught = [];
const callCatching = (f) => {
  try {
    f();
  } catch (error) {
    caught.push(error);
  }
};
export const callAndCatch = (f) => callCatching(f);
export const keep = (f) => { kept = f; };
export const catchingFunction = () => () => { callCatching(kept); return 1; };
export const catchingGetter = () => ({ get value() { callCatching(kept); return 1; } });
export const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
`;

let wasm;
let shimPath;
let loads = 0;

before(async () => {
  wasm = await build(source, 'faults-callback-fault');
  shimPath = tempPath('faults-callback-fault-shim.mjs');
  writeFileSync(shimPath, shimSource);
});

// A fresh shim module for each instance (the query makes a new module record).
async function start(fault, route) {
  const C = await import(`${shimPath}?${++loads}`);
  const { app, out } = await load(wasm, { C }, { args: [fault, route] });
  return { app, out, caught: C.caught };
}

for (const route of ['import', 'lent', 'function', 'getter']) {
  test(`a trap in a C++ callback that its JS caller (${route}) catches ends the program`, async () => {
    const { app, out, caught } = await start('trap', route);
    const error = await app.run().then(
      (code) => assert.fail(`run() resolved with ${code}; stdout:\n${out()}`),
      (rejection) => rejection,
    );
    assert.ok(error instanceof WebAssembly.RuntimeError, String(error));
    assert.match(error.message, /unreachable/);
    assert.equal(caught.length, 1);
    assert.equal(caught[0], error, 'the error JS caught is the one run() rejects with');
    assert.equal(out(), 'main starts\n');
    assert.throws(() => app.exports.probe(), /can no longer be called: it failed: /);
  });
}

test('a trap in a C++ callback that JS catches, under a task resumed from the event loop: run() rejects, once', async () => {
  const { app, out, caught } = await start('trap', 'task');
  // An uncaught exception (the failure thrown from the event loop as well) would fail this test.
  await assert.rejects(app.run(), (error) => error instanceof WebAssembly.RuntimeError && error === caught[0]);
  assert.equal(out(), 'main starts\nmain returns\n');
  assert.throws(() => app.exports.probe(), /can no longer be called: it failed: /);
});

test('abort() in a C++ callback that its JS caller catches ends the program', async () => {
  const { app, out, caught } = await start('abort', 'import');
  await assert.rejects(app.run(), /abort\(\) was called/);
  assert.equal(caught.length, 1);
  assert.equal(out(), 'main starts\n');
  assert.throws(() => app.exports.probe(), /can no longer be called: it failed: .*abort\(\) was called/);
});

test('exit() in a C++ callback that its JS caller catches ends the program with its code', async () => {
  for (const route of ['import', 'getter']) {
    const { app, out, caught } = await start('exit', route);
    assert.equal(await app.run(), 7);
    assert.equal(caught.length, 1);
    assert.match(caught[0].message, /exited with code 7 during a C\+\+ callback/);
    assert.equal(out(), 'main starts\n');
    assert.throws(() => app.exports.probe(), /can no longer be called: it exited with code 7/);
  }
});

test('jsinterop-run: a trap in a C++ callback that JS catches: the message, exit code 1, main stops', () => {
  const result = runner(wasm.path, { C: shimPath }, ['trap', 'import']);
  assert.equal(result.status, 1, result.stderr);
  assert.equal(result.stdout, 'main starts\n');
  assert.match(result.stderr, /^jsinterop: faults-callback-fault\.wasm: a trap in .*: unreachable executed/);
});
