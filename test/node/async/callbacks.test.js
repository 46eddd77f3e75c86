// Conformance: std::function <-> JS functions (API.md §3, docs/design.md "Callbacks",
// docs/lifetimes.md). C++ callables passed to imports and returned from exports; JS functions passed
// to exports and returned from imports; 0 to 3 arguments of synchronous types; results; result<R>
// errors both ways; the seed's subscribe/unsubscribe pattern on an EventTarget.
// The std::function<void(...)> cases from C++ to JS are in a second program, at the end.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load } from './helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <functional>
#include <string>
using jsinterop::object;
using jsinterop::result;

[[jsinterop::import("call0", "C")]] void js_call0(std::function<int()> f);
[[jsinterop::import("call3", "C")]] std::string js_call3(std::function<std::string(int, std::string, double)> f);
[[jsinterop::import("callBoolObject", "C")]] bool js_call_bool_object(std::function<bool(bool, object)> f);
[[jsinterop::import("callResult", "C")]] std::string js_call_result(std::function<result<int>(int)> f);
[[jsinterop::import("makeAdder", "C")]] std::function<int(int, int)> js_make_adder(int base);
[[jsinterop::import("makeThrower", "C")]] std::function<result<int>(int)> js_make_thrower();
[[jsinterop::import("subscribe", "C")]] object js_subscribe(object target, std::function<int(std::string)> listener);
[[jsinterop::import("unsubscribe", "C")]] void js_unsubscribe(object target, object handler);

static int calls0 = 0;
static std::string received;
static object handler;

namespace cb {
[[jsinterop::export]] int pass_void0() { int before = calls0; js_call0([] { return ++calls0; }); return calls0 - before; }
[[jsinterop::export]] std::string pass_three(std::string prefix) {
  return js_call3([prefix](int i, std::string s, double d) { return prefix + ":" + std::to_string(i) + ":" + s + ":" + std::to_string(d); });
}
[[jsinterop::export]] bool pass_bool_object() {
  return js_call_bool_object([](bool b, object o) { return b && o.get<int>("n") == 7; });
}
[[jsinterop::export]] std::string pass_result() {
  return js_call_result([](int x) -> result<int> {
    if (x < 0) return jsinterop::unexpected(jsinterop::js_error("negative " + std::to_string(x)));
    return x * 2;
  });
}
[[jsinterop::export]] int use_adder(int base, int a, int b) { return js_make_adder(base)(a, b); }
[[jsinterop::export]] std::string use_thrower(int x) {
  auto f = js_make_thrower();
  result<int> r = f(x);
  return r ? "value " + std::to_string(*r) : "error " + r.error().message();
}
[[jsinterop::export]] int call_js_int(std::function<int(int, int)> f, int a, int b) { return f(a, b); }
[[jsinterop::export]] void call_js_void(std::function<void()> f) { f(); }
[[jsinterop::export]] std::string call_js_string(std::function<std::string(std::string)> f, std::string s) { return f(s); }
[[jsinterop::export]] double call_js_double(std::function<double(double, bool)> f, double d) { return f(d, true); }
[[jsinterop::export]] std::string call_js_result(std::function<result<int>(int)> f, int x) {
  result<int> r = f(x);
  return r ? "value " + std::to_string(*r) : "error " + r.error().message();
}
[[jsinterop::export]] std::function<int(int, int)> js_back(std::function<int(int, int)> f) { return f; }
[[jsinterop::export]] std::function<int(int)> make_multiplier(int factor) { return [factor](int x) { return x * factor; }; }
[[jsinterop::export]] std::function<int()> make_counter() { return [] { return ++calls0; }; }
[[jsinterop::export]] int counter_calls() { return calls0; }
[[jsinterop::export]] std::function<std::string(std::string, object)> make_greeter() {
  return [](std::string name, object o) { return "hi " + name + " " + o.get<std::string>("x"); };
}
[[jsinterop::export]] std::function<result<double>(double)> make_checked_sqrt() {
  return [](double x) -> result<double> {
    if (x < 0) return jsinterop::unexpected(jsinterop::js_error("negative input"));
    return x / 2;
  };
}
[[jsinterop::export]] std::function<int()> empty_function() { return {}; }
[[jsinterop::export]] bool is_empty(std::function<void()> f) { return !f; }
[[jsinterop::export]] void subscribe(object target) {
  handler = js_subscribe(target, [](std::string type) { received += type + ";"; return 0; });
}
[[jsinterop::export]] void unsubscribe(object target) { js_unsubscribe(target, handler); handler.dispose(); }
[[jsinterop::export]] std::string received_events() { return received; }
} // namespace cb

int main() { return 0; }
`;

let wasm;
let app;
let kept = [];
const C = {
  call0: (f) => { f(); f.dispose(); },
  call3: (f) => f(5, 'žluť', 0.5),
  callBoolObject: (f) => f(true, { n: 7 }) && !f(false, { n: 7 }) && !f(true, { n: 8 }),
  callResult: (f) => {
    const ok = f(21);
    let message = 'no throw';
    try { f(-3); } catch (error) { message = `${error instanceof Error}:${error.message}`; }
    return `${ok},${message}`;
  },
  makeAdder: (base) => (a, b) => base + a + b,
  makeThrower: () => (x) => { if (x < 0) throw new Error(`thrown for ${x}`); return x + 1; },
  subscribe: (target, listener) => {
    const handler = (event) => listener(event.type);
    target.addEventListener('ping', handler);
    target.addEventListener('pong', handler);
    kept.push(listener);
    return handler;
  },
  unsubscribe: (target, handler) => {
    target.removeEventListener('ping', handler);
    target.removeEventListener('pong', handler);
  },
};

before(async () => {
  wasm = await build(source, 'async-callbacks');
  ({ app } = await load(wasm, { C }));
});

test('callback: std::function<int()> (no arguments) passed to an import is called from JS', () => {
  assert.equal(app.exports.cb.pass_void0(), 1);
});

test('callback: std::function<R(int, string, double)> passed to an import, 3 arguments and a result', () => {
  assert.equal(app.exports.cb.pass_three('p'), 'p:5:žluť:0.500000');
});

test('callback: bool and object arguments, bool result', () => {
  assert.equal(app.exports.cb.pass_bool_object(), true);
});

test('callback: a C++ callback returning an error makes its JS caller throw an Error', () => {
  assert.equal(app.exports.cb.pass_result(), '42,true:negative -3');
});

test('callback: a JS function returned from an import, called from C++', () => {
  assert.equal(app.exports.cb.use_adder(100, 20, 3), 123);
});

test('callback: a throwing JS function as std::function<result<int>(int)> reaches C++ as error()', () => {
  assert.equal(app.exports.cb.use_thrower(4), 'value 5');
  assert.equal(app.exports.cb.use_thrower(-1), 'error thrown for -1');
});

test('callback: JS functions passed to exports, 0 to 2 arguments of several types', () => {
  const { cb } = app.exports;
  assert.equal(cb.call_js_int((a, b) => a * b, 6, 7), 42);
  let called = 0;
  cb.call_js_void(() => ++called);
  assert.equal(called, 1);
  assert.equal(cb.call_js_string((s) => s.toUpperCase(), 'abc'), 'ABC');
  assert.equal(cb.call_js_double((d, b) => (b ? d * 4 : 0), 0.25), 1);
});

test('callback: a JS function passed to an export as result<int>(int): a throw is error()', () => {
  const { cb } = app.exports;
  assert.equal(cb.call_js_result((x) => x + 1, 1), 'value 2');
  assert.equal(cb.call_js_result(() => { throw new Error('js says no'); }, 1), 'error js says no');
  assert.equal(cb.call_js_result(() => { throw 'a string'; }, 1), 'error a string');
});

test('callback: a JS function passed to C++ and returned is the same function', () => {
  const f = (a, b) => a - b;
  assert.equal(app.exports.cb.js_back(f), f);
});

test('callback: C++ callables returned from exports', () => {
  const { cb } = app.exports;
  const triple = cb.make_multiplier(3);
  assert.equal(typeof triple, 'function');
  assert.equal(triple(14), 42);
  assert.deepEqual([1, 2, 3].map((x) => triple(x)), [3, 6, 9]);
  const count = cb.make_counter();
  const before = cb.counter_calls();
  count(); count();
  assert.equal(cb.counter_calls(), before + 2);
  assert.equal(typeof count(), 'number');
  const greet = cb.make_greeter();
  assert.equal(greet('you', { x: 'there' }), 'hi you there');
  triple.dispose(); count.dispose(); greet.dispose();
});

test('callback: a C++ callable returning result<R> throws an Error in JS for an error', () => {
  const f = app.exports.cb.make_checked_sqrt();
  assert.equal(f(8), 4);
  assert.throws(() => f(-1), (error) => error instanceof Error && error.message === 'negative input');
  assert.equal(f(2), 1, 'the instance lives on');
  f.dispose();
});

test('callback: an argument that does not fit is a TypeError in JS', () => {
  const f = app.exports.cb.make_multiplier(2);
  assert.throws(() => f('x'), TypeError);
  assert.throws(() => f(), TypeError);
  assert.equal(f(2), 4);
  f.dispose();
});

test('callback: an empty std::function crosses to JS as null', () => {
  const { cb } = app.exports;
  assert.equal(cb.empty_function(), null);
  assert.equal(cb.is_empty(() => {}), false);
});

test('callback: subscribe/unsubscribe on an EventTarget: the listener runs exactly while subscribed', () => {
  const { cb } = app.exports;
  const target = new EventTarget();
  target.dispatchEvent(new Event('ping'));
  assert.equal(cb.received_events(), '', 'not subscribed yet');
  cb.subscribe(target);
  target.dispatchEvent(new Event('ping'));
  target.dispatchEvent(new Event('pong'));
  assert.equal(cb.received_events(), 'ping;pong;');
  cb.unsubscribe(target);
  target.dispatchEvent(new Event('ping'));
  target.dispatchEvent(new Event('pong'));
  assert.equal(cb.received_events(), 'ping;pong;', 'nothing after unsubscribe');
  for (const listener of kept) listener.dispose();
  kept = [];
});

// std::function<void(...)> passed from C++ to JS (an import's parameter, an export's result).
const voidSource = String.raw`
#include <jsinterop/jsinterop.h>
#include <functional>
#include <string>
using jsinterop::object;
[[jsinterop::import("call0", "C")]] void js_call0(std::function<void()> f);
[[jsinterop::import("subscribe", "C")]] object js_subscribe(object target, std::function<void(std::string)> listener);
[[jsinterop::import("unsubscribe", "C")]] void js_unsubscribe(object target, object handler);
static int calls0 = 0;
static std::string received;
static object handler;
namespace cb {
[[jsinterop::export]] int pass_void0() { int before = calls0; js_call0([] { ++calls0; }); return calls0 - before; }
[[jsinterop::export]] std::function<void(int, std::string, bool)> make_void3() {
  return [](int i, std::string s, bool b) { received += std::to_string(i) + s + (b ? "t" : "f") + ";"; };
}
[[jsinterop::export]] void subscribe(object target) { handler = js_subscribe(target, [](std::string type) { received += type + ";"; }); }
[[jsinterop::export]] void unsubscribe(object target) { js_unsubscribe(target, handler); handler.dispose(); }
[[jsinterop::export]] std::string received_events() { return received; }
}
int main() { return 0; }
`;

let voidApp = null; // the promise of the app: compiled once even when compiling fails
async function loadVoid() {
  voidApp ??= build(voidSource, 'async-callbacks-void').then((wasm) => load(wasm, { C }));
  return (await voidApp).exports.cb;
}


test('callback: std::function<void()> passed to an import is called from JS', async () => {
  const cb = await loadVoid();
  assert.equal(cb.pass_void0(), 1);
});

test('callback: std::function<void(int, string, bool)> returned from an export', async () => {
  const cb = await loadVoid();
  const f = cb.make_void3();
  assert.equal(f(1, 'x', true), undefined);
  assert.equal(cb.received_events(), '1xt;');
  f.dispose();
});

test('callback: subscribe/unsubscribe with a std::function<void(std::string)> listener', async () => {
  const cb = await loadVoid();
  const target = new EventTarget();
  const before = cb.received_events();
  target.dispatchEvent(new Event('ping'));
  cb.subscribe(target);
  target.dispatchEvent(new Event('ping'));
  cb.unsubscribe(target);
  target.dispatchEvent(new Event('ping'));
  assert.equal(cb.received_events(), `${before}ping;`);
});
