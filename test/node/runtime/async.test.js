// Promises, tasks, callbacks and modules (docs/design.md "Promises and tasks", "Callbacks", "Modules"):
// every intrinsic they add, through raw intrinsic calls in C++ (test/node/lib/abi-source.js), and
// run() waiting for pending tasks.
//
// jsinterop_settle, jsinterop_invoke_callable, jsinterop_release_callable and the task counts are
// the runtime library's own, reached through jsinterop::task, jsinterop::spawn and std::function in
// bindings written by hand (the plugin's call_import/call_export); the other intrinsics are called
// raw. What C++ sees is logged through the import module `log`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { before, describe, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { RAW_PRELUDE, descriptor, rawExport as ex, rawImport as im } from '../lib/abi-source.js';
import { compileProgram, runnerScript, tempPath } from '../lib/toolchain.js';

const STR = (name) => `std::string_view(ptr<char>(${name}_data), ${name}_size)`;
const FREE = (name) => `std::free(ptr<void>(${name}_data));`;

// A binding of the C++ function `name` with signature `signature` (C++), as the plugin writes it:
// `wasm` is the raw wasm signature [result, [params]] in C types.
function importBinding({ name, module, path, params = [], result = 'void', signature, wasm: [rawResult, rawParams] }) {
  const binding = descriptor({ kind: 'import', path, module, cxxName: name, params, result });
  const cxxParams = signature.match(/\((.*)\)$/)[1];
  const cxxArgs = cxxParams === '' ? [] : cxxParams.split(/,(?![^<]*>)/).map((type, i) => `${type.trim()} p${i}`);
  return `${binding.line}__attribute__((import_module("jsinterop"), import_name("${binding.name}"))) ${rawResult} raw_${name}(${rawParams.join(', ')});
inline ${signature.replace(/\(.*\)$/, '')} ${name}(${cxxArgs.join(', ')}) {
  return jsinterop::detail::call_import<${signature}>(&raw_${name}${cxxArgs.map((_, i) => `, p${i}`).join('')});
}
`;
}
function exportBinding({ name, path = name, params = [], result = 'void', signature, wasm: [rawResult, rawParams] }) {
  const binding = descriptor({ kind: 'export', path, cxxName: name, params, result });
  const names = rawParams.map((_, i) => `w${i}`);
  return `${binding.line}__attribute__((export_name("jsinterop_${binding.name}"), used)) ${rawResult} raw_${name}(${rawParams.map((t, i) => `${t} ${names[i]}`).join(', ')}) {
  return jsinterop::detail::call_export<${signature}>(&${name}${names.map((n) => `, ${n}`).join('')});
}
`;
}

const ANY_PROMISE = 'jsinterop::task<jsinterop::result<jsinterop::any>>';

const source = `${RAW_PRELUDE}
#include <cstdio>
#include <functional>
#include <memory>
#include <jsinterop/jsinterop.h>
using jsinterop::any;
using jsinterop::task;
${im({ name: 'log_settled', path: 'settled', module: 'log', params: [['continuation', 'int32'], ['rejected', 'bool'], ['value', 'any']] })}
${im({ name: 'log_released', path: 'released', module: 'log', params: [['id', 'int32']] })}
${importBinding({ name: 'imp_promise', module: 'm', path: 'promise', result: 'promise<result<any>>', signature: `${ANY_PROMISE}()`, wasm: ['int', []] })}
${importBinding({ name: 'imp_plain', module: 'm', path: 'promise', result: 'promise<any>', signature: 'task<any>()', wasm: ['int', []] })}
${importBinding({ name: 'imp_take_function', module: 'm', path: 'takeFunction', params: [['f', 'function<int32, int32>']], signature: 'void(std::function<int(int)>)', wasm: ['void', ['int']] })}
${im({ name: 'imp_take_promise', path: 'takePromise', module: 'm', params: [['p', 'promise<int32>']] })}
${im({ name: 'imp_dyn', path: 'hello', module: 'Dyn', result: 'string' })}

// Until the runtime library has it.
extern "C" __attribute__((weak, export_name("jsinterop_heap_in_use"))) int jsinterop_heap_in_use() { return 12345; }

// Logs how the promise settled: (continuation, rejected, value or reason).
task<> log_when_settled(${ANY_PROMISE} promise, int continuation) {
  auto r = co_await std::move(promise);
  if (r) log_settled(continuation, 0, r.value().js_handle().get());
  else log_settled(continuation, 1, r.error().js_handle().get());
}
void await_promise(${ANY_PROMISE} p, int continuation) { log_when_settled(std::move(p), continuation); }
void await_import(int continuation) { log_when_settled(imp_promise(), continuation); }
${exportBinding({ name: 'await_promise', params: [['p', 'promise<result<any>>'], ['continuation', 'int32']], signature: `void(${ANY_PROMISE}, int)`, wasm: ['void', ['int', 'int']] })}
${exportBinding({ name: 'await_import', params: [['continuation', 'int32']], signature: 'void(int)', wasm: ['void', ['int']] })}

// Spawned by main: awaits m.promise(), then does what mode says.
task<> main_task(std::string mode) {
  any value = co_await imp_plain(); // a rejection fails the task
  if (mode == "exit") std::exit(4);
  if (mode == "trap") __builtin_trap();
  std::printf("task done: %s\\n", value.as<std::string>().c_str());
}
task<> nothing() { co_return; }

// main(mode, [code]): "wait", "exit", "trap" spawn main_task; "wait2" two of them; "early" a task
// that is done at once. main returns [code], default 0.
int main(int argc, char **argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  int code = argc > 2 ? std::atoi(argv[2]) : 0;
  if (mode == "early") jsinterop::spawn(nothing());
  if (mode == "wait" || mode == "exit" || mode == "trap" || mode == "wait2") jsinterop::spawn(main_task(mode));
  if (mode == "wait2") jsinterop::spawn(main_task(mode));
  std::printf("main returns %d\\n", code);
  return code;
}

// Callbacks: C++ callables as JS functions.
struct probe {
  int id;
  explicit probe(int id) : id(id) {}
  probe(const probe &) = delete;
  ~probe() { log_released(id); }
};
std::function<std::string(int, std::string)> make_echo() {
  return [](int n, std::string s) { return std::to_string(n) + ":" + s; };
}
std::function<jsinterop::result<int>(int)> make_failing() {
  return [](int n) -> jsinterop::result<int> {
    if (n < 0) return jsinterop::unexpected(jsinterop::js_error("callable failed"));
    return n + 1;
  };
}
// (std::function<void()> does not compile in the runtime library yet.)
std::function<any()> make_void() { return [] { return any(); }; }
std::function<int()> make_trap() { return []() -> int { __builtin_trap(); }; }
std::function<int()> make_probe(int id) {
  auto p = std::make_shared<probe>(id);
  return [p] { return p->id; };
}
void pass_callback(int k) { imp_take_function([k](int x) { return x + k; }); }
${exportBinding({ name: 'make_echo', result: 'function<int32, string, string>', signature: 'std::function<std::string(int, std::string)>()', wasm: ['int', []] })}
${exportBinding({ name: 'make_failing', result: 'function<int32, result<int32>>', signature: 'std::function<jsinterop::result<int>(int)>()', wasm: ['int', []] })}
${exportBinding({ name: 'make_void', result: 'function<any>', signature: 'std::function<any()>()', wasm: ['int', []] })}
${exportBinding({ name: 'make_trap', result: 'function<int32>', signature: 'std::function<int()>()', wasm: ['int', []] })}
${exportBinding({ name: 'make_probe', params: [['id', 'int32']], result: 'function<int32>', signature: 'std::function<int()>(int)', wasm: ['int', ['int']] })}
${exportBinding({ name: 'pass_callback', params: [['k', 'int32']], signature: 'void(int)', wasm: ['void', ['int']] })}

// The other intrinsics, raw.
${ex({ name: 'deferred_new', result: 'int32', body: '  return rt_deferred_new();' })}
${ex({ name: 'deferred_promise', params: [['d', 'int32']], result: 'promise<any>', body: '  return rt_deferred_promise(d);' })}
${ex({ name: 'deferred_resolve', params: [['d', 'int32'], ['v', 'any']], body: '  rt_deferred_resolve(d, v);\n  rt_release(v);' })}
${ex({ name: 'deferred_reject', params: [['d', 'int32'], ['e', 'error']], body: '  rt_deferred_reject(d, e);\n  rt_release(e);' })}
${ex({ name: 'box_int', params: [['n', 'int32']], result: 'int32', body: '  return rt_box_int32(n);' })}
${ex({ name: 'release', params: [['h', 'int32']], body: '  rt_release(h);' })}
${ex({ name: 'pass_deferred', params: [['d', 'int32']], body: `
  int p = rt_deferred_promise(d);
  imp_take_promise(p);
  rt_release(p);` })}
${ex({ name: 'call_function', params: [['f', 'function<any, any, any>'], ['args', 'any']], result: 'array<any>', body: `
  int error = 0;
  int r = rt_function_call(f, args, addr(&error));
  rt_release(f);
  rt_release(args);
  int out = rt_array_new();
  int tag = rt_string(error != 0 ? "threw" : "returned");
  rt_array_push(out, tag);
  rt_array_push(out, error != 0 ? error : r);
  rt_release(tag);
  rt_release(error != 0 ? error : r);
  return out;` })}
${ex({ name: 'call_any', params: [['f', 'any']], body: `
  int error = 0, args = rt_array_new();
  rt_release(rt_function_call(f, args, addr(&error)));` })}
${ex({ name: 'import_module', params: [['name', 'string'], ['url', 'string']], result: 'promise<void>', body: `
  int h = rt_import_module(name_data, name_size, url_data, url_size);
  ${FREE('name')}
  ${FREE('url')}
  return h;` })}
${ex({ name: 'call_dyn', result: 'string', body: `
  static std::string keep;
  static area a;
  imp_dyn(addr(&keep));
  a = {addr(keep.data()), static_cast<int>(keep.size())};
  return addr(&a);` })}
${ex({ name: 'die', body: '  __builtin_trap();' })}
${ex({ name: 'string_length', params: [['s', 'string']], result: 'int32', body: `  int n = static_cast<int>(${STR('s')}.size());\n  ${FREE('s')}\n  return n;` })}
`;

// What the stand-ins logged, and the JS functions the imports call.
function host() {
  const calls = { settled: [], released: [] };
  const state = { promise: () => Promise.resolve('from import'), takePromise: () => {}, takeFunction: () => {} };
  const modules = {
    log: {
      settled: (continuation, rejected, value) => calls.settled.push([continuation, rejected, value]),
      released: (id) => calls.released.push(id),
    },
    m: {
      promise: () => state.promise(),
      takePromise: (p) => state.takePromise(p),
      takeFunction: (f) => state.takeFunction(f),
    },
  };
  return { calls, state, modules };
}

let module;
let wasmPath;
before(() => {
  wasmPath = compileProgram(source, 'async');
  module = new WebAssembly.Module(readFileSync(wasmPath));
});

async function start(options = {}) {
  const { calls, state, modules } = host();
  const output = { stdout: '' };
  const app = await instantiate(module, { modules, stdout: (text) => (output.stdout += text), ...options });
  return { app, calls, state, output, x: app.exports };
}

// Lets queued microtasks and one macrotask run.
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('promise<T> and promise_then', () => {
  test('jsinterop_settle is called from a microtask with the continuation, 0 and the value', async () => {
    const { calls, x, app } = await start();
    const value = { some: 'object' };
    const before = app.liveHandles;
    x.await_promise(Promise.resolve(value), 7);
    assert.deepEqual(calls.settled, [], 'not synchronously');
    await tick();
    assert.deepEqual(calls.settled, [[7, false, value]]);
    assert.equal(calls.settled[0][2], value);
    assert.equal(app.liveHandles, before);
  });

  test('a rejection: rejected 1 and the reason', async () => {
    const { calls, x } = await start();
    const reason = new Error('no');
    x.await_promise(Promise.reject(reason), 8);
    await tick();
    assert.deepEqual(calls.settled, [[8, true, reason]]);
  });

  test('an export parameter that is not a Promise is wrapped with Promise.resolve; thenables are adopted', async () => {
    const { calls, x } = await start();
    x.await_promise(5, 1);
    x.await_promise(undefined, 2);
    x.await_promise({ then: (resolve) => resolve('thenable') }, 3);
    await tick();
    assert.deepEqual(calls.settled, [[1, false, 5], [2, false, undefined], [3, false, 'thenable']]);
  });

  test("an import's promise result: a Promise as it is, any other value wrapped", async () => {
    const { calls, state, x } = await start();
    let resolveLater;
    state.promise = () => new Promise((resolve) => (resolveLater = resolve));
    x.await_import(1);
    state.promise = () => 'plain';
    x.await_import(2);
    await tick();
    assert.deepEqual(calls.settled, [[2, false, 'plain']]);
    resolveLater('later');
    await tick();
    assert.deepEqual(calls.settled[1], [1, false, 'later']);
  });

  test('nothing is called once the instance is dead', async () => {
    const { calls, x } = await start();
    let resolve;
    x.await_promise(new Promise((r) => (resolve = r)), 1);
    assert.throws(() => x.die(), WebAssembly.RuntimeError);
    resolve('too late');
    await tick();
    assert.deepEqual(calls.settled, []);
  });
});

describe('deferred promises', () => {
  test('deferred_new, deferred_promise, deferred_resolve: the promise resolves with the value', async () => {
    const { x, app } = await start();
    const before = app.liveHandles;
    const d = x.deferred_new();
    const promise = x.deferred_promise(d);
    assert.ok(promise instanceof Promise);
    assert.equal(x.deferred_promise(d), promise, 'the same promise each time');
    const value = { v: 1 };
    x.deferred_resolve(d, value);
    assert.equal(await promise, value);
    x.release(d);
    assert.equal(app.liveHandles, before);
  });

  test('deferred_reject: the promise rejects with the value', async () => {
    const { x } = await start();
    const d = x.deferred_new();
    const promise = x.deferred_promise(d);
    const reason = new TypeError('bad');
    x.deferred_reject(d, reason);
    await assert.rejects(promise, (error) => error === reason);
    x.release(d);
  });

  test('a promise<T> import parameter is the Promise, borrowed', async () => {
    const { state, x, app } = await start();
    let received;
    state.takePromise = (p) => (received = p);
    const d = x.deferred_new();
    const before = app.liveHandles;
    x.pass_deferred(d);
    assert.ok(received instanceof Promise);
    assert.equal(app.liveHandles, before);
    x.deferred_resolve(d, 3);
    assert.equal(await received, 3);
    x.release(d);
  });

  test('deferred intrinsics on a handle that is not a deferred are fatal', async () => {
    const { x } = await start();
    assert.throws(() => x.deferred_promise(x.box_int(5)), { message: 'jsinterop: expected a deferred promise, got number 5' });
    const other = await start();
    const d = other.x.deferred_new();
    other.x.release(d);
    assert.throws(() => other.x.deferred_promise(d), /handle \d+ is not a live value/);
  });
});

describe('function<A..., R>: C++ callables as JS functions (function_new)', () => {
  test('the arguments arrive as an array, C++ reads them; the result comes back', async () => {
    const { x, app } = await start();
    const before = app.liveHandles;
    const echo = x.make_echo();
    assert.equal(typeof echo, 'function');
    assert.equal(echo(3, 'x'), '3:x');
    assert.equal(echo.call({ ignored: true }, -1, ''), '-1:');
    assert.equal(x.make_void()(), undefined);
    echo.dispose();
    assert.equal(app.liveHandles, before, 'the arguments arrays and the results are released');
  });

  test('an error C++ reports (jsinterop_take_export_error) is thrown; the instance lives on', async () => {
    const { x, app } = await start();
    const before = app.liveHandles;
    const failing = x.make_failing();
    assert.throws(() => failing(-1), { message: 'callable failed' });
    assert.equal(failing(2), 3);
    assert.throws(() => x.make_echo()('3', 'x'), TypeError, 'an argument that does not fit');
    failing.dispose();
    assert.equal(app.liveHandles, before);
  });

  test('a trap in the callable ends the instance', async () => {
    const { x } = await start();
    const traps = x.make_trap();
    assert.throws(() => traps(), WebAssembly.RuntimeError);
    assert.throws(() => x.make_void(), /can no longer be called/);
    assert.throws(() => traps(), /can no longer be called/);
  });

  test('dispose() releases the callable once; a disposed function throws', async () => {
    const { calls, x } = await start();
    const probe = x.make_probe(7);
    assert.deepEqual(calls.released, []);
    probe.dispose();
    probe.dispose();
    assert.deepEqual(calls.released, [7]);
    assert.throws(() => probe(), { message: 'jsinterop: this C++ callback was disposed' });
  });

  test('a function<...> import parameter is the function, borrowed', async () => {
    const { state, x, app } = await start();
    let received;
    state.takeFunction = (f) => (received = f);
    const before = app.liveHandles;
    x.pass_callback(10);
    assert.equal(app.liveHandles, before);
    assert.equal(received(2), 12);
  });

  test('a function collected without dispose() releases its callable (FinalizationRegistry)', async () => {
    // node --expose-gc at run time: gc() from a fresh context.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc');
    const { calls, x } = await start();
    (() => {
      x.make_probe(42);
      x.make_probe(43).dispose();
    })();
    for (let i = 0; i < 20 && !calls.released.includes(42); i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.deepEqual(calls.released.sort(), [42, 43], 'each once: a disposed function is unregistered');
  });
});

describe('function<A..., R>: JS functions called from C++ (function_call)', () => {
  test('called with the arguments of the array and this undefined; the result comes back', async () => {
    const { x, app } = await start();
    const before = app.liveHandles;
    const result = x.call_function(
      function (...args) {
        return [this, ...args];
      },
      [1, 'two', { three: 3 }],
    );
    assert.deepEqual(result, ['returned', [undefined, 1, 'two', { three: 3 }]]);
    assert.deepEqual(x.call_function(() => undefined, []), ['returned', undefined]);
    assert.equal(app.liveHandles, before);
  });

  test('a throw: the error handle in the slot, result 0', async () => {
    const { x, app } = await start();
    const before = app.liveHandles;
    const error = new RangeError('boom');
    assert.deepEqual(x.call_function(() => { throw error; }, []), ['threw', error]);
    assert.deepEqual(x.call_function(() => { throw 'plain'; }, [1]), ['threw', 'plain']);
    assert.equal(app.liveHandles, before);
  });

  test('a function<...> export parameter must be a function: TypeError naming the export and parameter', async () => {
    const { x } = await start();
    assert.throws(() => x.call_function(5, []), {
      name: 'TypeError',
      message: "call_function: parameter 'f' expects a function, got number 5",
    });
  });

  test('function_call on a value that is not a function is fatal', async () => {
    const { x } = await start();
    assert.throws(() => x.call_any({}), { message: 'jsinterop: expected a function, got object' });
    assert.throws(() => x.call_any(() => {}), /can no longer be called/);
  });
});

describe('import_module', () => {
  const dynamicModule = (name) => {
    const path = tempPath(name);
    writeFileSync(path, `export function hello() { return 'hello from ${name}'; }\n`);
    return path;
  };

  test('imports a module by URL and registers it under the name; the promise resolves to undefined', async () => {
    const { x } = await start();
    const path = dynamicModule('dyn-url.mjs');
    assert.throws(() => x.call_dyn(), /module 'Dyn' is not registered/);
    const other = await start();
    assert.equal(await other.x.import_module('Dyn', pathToFileURL(path).href), undefined);
    assert.equal(other.x.call_dyn(), 'hello from dyn-url.mjs');
  });

  test('a relative URL resolves against options.baseUrl, else (Node) the working directory', async () => {
    const path = dynamicModule('dyn-relative.mjs');
    const withBase = await start({ baseUrl: pathToFileURL(`${dirname(path)}/`) });
    await withBase.x.import_module('Dyn', './dyn-relative.mjs');
    assert.equal(withBase.x.call_dyn(), 'hello from dyn-relative.mjs');
    const fromCwd = await start();
    await fromCwd.x.import_module('Dyn', relative(process.cwd(), path));
    assert.equal(fromCwd.x.call_dyn(), 'hello from dyn-relative.mjs');
  });

  test('a module that cannot be imported rejects the promise; the instance lives on', async () => {
    const { x } = await start();
    await assert.rejects(x.import_module('Dyn', pathToFileURL(tempPath('nowhere.mjs')).href));
    assert.equal(x.string_length('ok'), 2);
  });
});

describe('run() and pending tasks', () => {
  // What m.promise() returns: a promise that settles after a timer, so that nothing is settled in main.
  const later = (value, ms = 20) => () => new Promise((resolve) => setTimeout(() => resolve(value), ms));
  const rejectLater = (reason, ms = 20) => () => new Promise((_, reject) => setTimeout(() => reject(reason), ms));

  test('waits until tasks_idle() when tasks are pending after main', async () => {
    const { app, state, output } = await start({ args: ['wait', '0'] });
    state.promise = later('one');
    assert.equal(await app.run(), 0);
    assert.equal(output.stdout, 'main returns 0\ntask done: one\n');
  });

  test('waits for every pending task', async () => {
    const { app, state, output } = await start({ args: ['wait2', '0'] });
    let ms = 0;
    state.promise = () => later(`after ${(ms += 20)}`, ms)();
    assert.equal(await app.run(), 0);
    assert.equal(output.stdout, 'main returns 0\ntask done: after 20\ntask done: after 40\n');
  });

  test("resolves with main's code; a failed task makes 0 into 1, not another code", async () => {
    let run = await start({ args: ['wait', '3'] });
    run.state.promise = later('x');
    assert.equal(await run.app.run(), 3);
    run = await start({ args: ['wait', '0'], stderr: (text) => (stderr += text) });
    let stderr = '';
    run.state.promise = rejectLater(new Error('nope'));
    assert.equal(await run.app.run(), 1);
    assert.match(stderr, /nope/);
    run = await start({ args: ['wait', '5'], stderr: () => {} });
    run.state.promise = rejectLater(new Error('nope'));
    assert.equal(await run.app.run(), 5);
  });

  test('does not wait when the spawned task finished during main', async () => {
    const { app } = await start({ args: ['early', '0'] });
    assert.equal(await app.run(), 0);
  });

  test('exit() in a task resolves run() with its code; a trap rejects it', async () => {
    let run = await start({ args: ['exit', '0'] });
    run.state.promise = later('x');
    assert.equal(await run.app.run(), 4);
    assert.throws(() => run.x.string_length('x'), /exited with code 4/);
    run = await start({ args: ['trap', '0'] });
    run.state.promise = later('x');
    await assert.rejects(run.app.run(), WebAssembly.RuntimeError);
    assert.throws(() => run.x.string_length('x'), /can no longer be called/);
  });

  test('jsinterop-run waits for tasks, and reports tasks that can never finish', () => {
    const shim = (name, text) => {
      const path = tempPath(name);
      writeFileSync(path, text);
      return path;
    };
    const logShim = shim('async-log.mjs', 'export const settled = () => {};\nexport const released = () => {};\n');
    const runner = (shimPath, ...args) =>
      spawnSync(process.execPath, [runnerScript, wasmPath, '--module', `m=${shimPath}`, '--module', `log=${logShim}`, '--', ...args], {
        encoding: 'utf8',
      });
    const waits = shim('async-wait.mjs', "export const promise = () => new Promise((resolve) => setTimeout(() => resolve('ok'), 20));\n");
    const waited = runner(waits, 'wait', '0');
    assert.deepEqual([waited.status, waited.stdout, waited.stderr], [0, 'main returns 0\ntask done: ok\n', '']);
    const fails = shim('async-fail.mjs', "export const promise = () => new Promise((_, reject) => setTimeout(() => reject(new Error('nope')), 20));\n");
    const failed = runner(fails, 'wait', '0');
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /nope/);
    const never = shim('async-never.mjs', 'export const promise = () => new Promise(() => {});\n');
    const deadlock = runner(never, 'wait2', '0');
    assert.deepEqual(
      [deadlock.status, deadlock.stdout, deadlock.stderr],
      [1, 'main returns 0\n', 'jsinterop: main returned but 2 tasks never finished\n'],
    );
  });
});

describe('leak-test support', () => {
  test('app.liveHandles counts the live handles; app.heapInUse() asks the runtime library', async () => {
    const { app, x } = await start();
    const before = app.liveHandles;
    const d = x.deferred_new();
    assert.equal(app.liveHandles, before + 1);
    x.release(d);
    assert.equal(app.liveHandles, before);
    assert.equal(typeof app.heapInUse(), 'number');
  });
});
