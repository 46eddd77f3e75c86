// Conformance: jsinterop::task<T> <-> Promise, both ways (API.md §3, docs/design.md "Promises and
// tasks", docs/lifetimes.md "Coroutine frames and tasks"). C++ co_awaits imported promises (resolved
// later, rejected, already settled, settling while other awaits run, many in flight); exported
// coroutines return real JS Promises that resolve or reject; many wire types as promise results.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, delay, load } from './helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>
using jsinterop::any;
using jsinterop::object;
using jsinterop::result;
using jsinterop::task;

[[jsinterop::import("later", "P")]] task<int> js_later(int value, int ms);
[[jsinterop::import("rejectLater", "P")]] task<result<int>> js_reject_later(std::string message, int ms, bool as_error);
[[jsinterop::import("rejectLater", "P")]] task<int> js_reject_plain(std::string message, int ms, bool as_error);
[[jsinterop::import("settled", "P")]] task<int> js_settled(int value);
[[jsinterop::import("plain", "P")]] task<int> js_plain(double value);
[[jsinterop::import("deferred", "P")]] task<int> js_deferred(std::int16_t index);
[[jsinterop::import("takePromise", "P")]] void js_take_promise(task<int> promise);
[[jsinterop::import("next", "P")]] task<int> next_int();
[[jsinterop::import("next", "P")]] task<double> next_double();
[[jsinterop::import("next", "P")]] task<bool> next_bool();
[[jsinterop::import("next", "P")]] task<std::string> next_string();
[[jsinterop::import("next", "P")]] task<object> next_object();
[[jsinterop::import("next", "P")]] task<any> next_any();
[[jsinterop::import("next", "P")]] task<std::optional<int>> next_optional();
[[jsinterop::import("next", "P")]] task<std::vector<int>> next_vector();
[[jsinterop::import("next", "P")]] task<std::vector<double>> next_doubles();
[[jsinterop::import("next", "P"), jsinterop::marshal_as("promise<bigint>")]] task<std::int64_t> next_int64();
[[jsinterop::import("next", "P")]] task<result<std::string>> next_string_result();

// Two imports with the same C++ signature: each must call its own JS function.
[[jsinterop::import("sigA", "P")]] std::string sig_a(std::string text);
[[jsinterop::import("sigB", "P")]] std::string sig_b(std::string text);

static std::vector<int> completions;

static task<int> one(int index) {
  int value = co_await js_deferred(static_cast<std::int16_t>(index));
  completions.push_back(index);
  co_return value * 2;
}

static task<int> computed(int value) {
  int later = co_await js_later(value, 5);
  co_return later + 1000;
}

namespace p {
[[jsinterop::export]] task<int> await_later(int value, int ms) { co_return co_await js_later(value, ms) + 1; }
[[jsinterop::export]] task<std::string> await_reject(std::string message, int ms, bool as_error) {
  result<int> r = co_await js_reject_later(message, ms, as_error);
  if (r) co_return "value " + std::to_string(*r);
  co_return "error: " + r.error().message();
}
[[jsinterop::export]] task<result<int>> pass_error_on(std::string message) {
  result<int> r = co_await js_reject_later(message, 1, true);
  if (!r) co_return jsinterop::unexpected(r.error());
  co_return *r;
}
[[jsinterop::export]] task<int> await_plain_reject(std::string message) { co_return co_await js_reject_plain(message, 1, true); }
[[jsinterop::export]] task<int> await_settled(int value) { co_return co_await js_settled(value) + co_await js_plain(value); }
[[jsinterop::export]] task<std::string> settles_during_other_awaits() {
  task<int> first = js_later(1, 30);      // settles while the awaits below are running
  task<int> second = js_later(2, 0);
  std::string log;
  log += std::to_string(co_await js_later(10, 1)) + ",";
  log += std::to_string(co_await js_later(20, 60)) + ",";
  log += std::to_string(co_await second) + ",";
  log += std::to_string(co_await first) + ",";
  log += std::to_string(co_await first);   // a finished task can be awaited again
  co_return log;
}
[[jsinterop::export]] task<int> many(int count) {
  completions.clear();
  std::vector<task<int>> tasks;
  for (int i = 0; i < count; ++i) tasks.push_back(one(i));
  int sum = 0;
  for (auto &t : tasks) sum += co_await t;
  co_return sum;
}
[[jsinterop::export]] std::vector<int> completion_order() { return completions; }
[[jsinterop::export]] task<std::string> greet(std::string name) { co_return "hello " + name; }
[[jsinterop::export]] task<std::string> greet_later(std::string name) {
  int n = co_await js_later(3, 5);
  co_return "hello " + name + " " + std::to_string(n);
}
[[jsinterop::export]] task<void> nothing_later() { co_await js_later(0, 5); }
[[jsinterop::export]] task<result<int>> maybe_fail(bool fail) {
  co_await js_later(0, 1);
  if (fail) co_return jsinterop::unexpected(jsinterop::js_error("bad"));
  co_return 7;
}
[[jsinterop::export]] task<result<int>> fail_at_once() { co_return jsinterop::unexpected(jsinterop::js_error("bad at once")); }
[[jsinterop::export]] task<int> add_one(task<int> promise) { co_return co_await promise + 1; }
[[jsinterop::export]] void give_promise(int value) { js_take_promise(computed(value)); }

[[jsinterop::export]] std::string same_signature(std::string text) { return sig_a(text) + "," + sig_b(text); }
[[jsinterop::export]] task<int> t_int() { co_return co_await next_int(); }
[[jsinterop::export]] task<double> t_double() { co_return co_await next_double(); }
[[jsinterop::export]] task<bool> t_bool() { co_return co_await next_bool(); }
[[jsinterop::export]] task<std::string> t_string() { co_return co_await next_string(); }
[[jsinterop::export]] task<object> t_object() { co_return co_await next_object(); }
[[jsinterop::export]] task<any> t_any() { co_return co_await next_any(); }
[[jsinterop::export]] task<std::string> t_any_type() { any value = co_await next_any(); co_return value.type_of(); }
[[jsinterop::export]] task<std::optional<int>> t_optional() { co_return co_await next_optional(); }
[[jsinterop::export]] task<std::vector<int>> t_vector() { co_return co_await next_vector(); }
[[jsinterop::export]] task<std::vector<double>> t_doubles() { co_return co_await next_doubles(); }
[[jsinterop::export]] task<double> t_doubles_sum() {
  std::vector<double> values = co_await next_doubles();
  double sum = 0;
  for (double v : values) sum += v;
  co_return sum;
}
[[jsinterop::export, jsinterop::marshal_as("promise<bigint>")]] task<std::int64_t> t_int64() { co_return co_await next_int64(); }
[[jsinterop::export, jsinterop::marshal_as("promise<bigint>")]] task<std::int64_t> t_int64_plus_one() { co_return co_await next_int64() + 1; }
[[jsinterop::export]] task<std::string> t_string_result() {
  result<std::string> r = co_await next_string_result();
  co_return r ? "value " + *r : "error " + r.error().message();
}
} // namespace p

int main() { return 0; }
`;

let wasm;
let app;
let nextValue;
let taken = null;
const resolvers = [];
const P = {
  later: (value, ms) => delay(ms, value),
  rejectLater: (message, ms, asError) =>
    new Promise((_, reject) => setTimeout(() => reject(asError ? new Error(message) : message), ms)),
  settled: (value) => Promise.resolve(value),
  plain: (value) => value,
  deferred: (index) => new Promise((resolve) => (resolvers[index] = resolve)),
  takePromise: (promise) => (taken = promise),
  next: () => delay(1, nextValue),
  sigA: (text) => `A(${text})`,
  sigB: (text) => `B(${text})`,
};

before(async () => {
  wasm = await build(source, 'async-promises');
  ({ app } = await load(wasm, { P }));
});

const fresh = async () => (await load(wasm, { P })).exports.p;

test('promise: an exported coroutine returns a real JS Promise', async () => {
  const { p } = app.exports;
  const promise = p.greet('you');
  assert.ok(promise instanceof Promise, 'greet() returns a Promise');
  assert.equal(await promise, 'hello you');
  const later = p.greet_later('žluťoučký 🐎');
  assert.ok(later instanceof Promise);
  assert.equal(await later, 'hello žluťoučký 🐎 3');
  const nothing = p.nothing_later();
  assert.ok(nothing instanceof Promise);
  assert.equal(await nothing, undefined);
});

test('promise: co_await an imported promise resolved later (setTimeout)', async () => {
  const { p } = app.exports;
  assert.equal(await p.await_later(41, 20), 42);
  assert.equal(await p.await_later(-5, 0), -4);
});

test('promise: a rejection reaches task<result<int>> as error() with its message', async () => {
  const { p } = app.exports;
  assert.equal(await p.await_reject('went wrong', 10, true), 'error: went wrong');
  assert.equal(await p.await_reject('just a string', 10, false), 'error: just a string', 'a non-Error keeps its text');
});

test('promise: an error from JS passed on by an exported task<result<T>> rejects with the same JS value', async () => {
  const { p } = app.exports;
  const original = new Error('original');
  const saved = P.rejectLater;
  P.rejectLater = () => Promise.reject(original);
  try {
    // imports are looked up at their first call: the lookup already happened in an earlier test
    // when this runs after it, so use a fresh instance
    const fp = await fresh();
    await assert.rejects(fp.pass_error_on('x'), (error) => error === original);
  } finally {
    P.rejectLater = saved;
  }
  await assert.rejects(p.pass_error_on('from JS'), { message: 'from JS' });
});

test('promise: a rejection awaited as task<int> (not result) fails the task, naming promise<int32>', async () => {
  const p = await fresh();
  await assert.rejects(p.await_plain_reject('boom'), (error) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /promise<int32>/);
    assert.match(error.message, /boom/);
    assert.ok(error.cause instanceof Error && error.cause.message === 'boom', 'the JS reason is the cause');
    return true;
  });
});

test('promise: already settled promises and plain values (Promise.resolve) are awaited', async () => {
  const { p } = app.exports;
  assert.equal(await p.await_settled(21), 42);
});

test('promise: a promise that settles while other awaits run is still seen (and can be awaited twice)', async () => {
  const { p } = app.exports;
  assert.equal(await p.settles_during_other_awaits(), '10,20,2,1,1');
});

test('promise: 100 concurrent awaits resolved in reverse order', async () => {
  const { p } = app.exports;
  resolvers.length = 0;
  const total = p.many(100);
  await delay(1);
  assert.equal(resolvers.filter(Boolean).length, 100, 'all 100 promises are in flight at once');
  for (let i = 99; i >= 0; --i) resolvers[i](i);
  assert.equal(await total, 2 * (99 * 100) / 2);
  const order = p.completion_order();
  assert.deepEqual(order, Array.from({ length: 100 }, (_, i) => 99 - i), 'each await resumes when its promise settles');
});

test('promise: an exported task<result<T>> that returns an error rejects with an Error', async () => {
  const { p } = app.exports;
  assert.equal(await p.maybe_fail(false), 7);
  const failing = p.maybe_fail(true);
  assert.ok(failing instanceof Promise);
  await assert.rejects(failing, (error) => error instanceof Error && error.message === 'bad');
  const atOnce = p.fail_at_once();
  assert.ok(atOnce instanceof Promise, 'an error before any await still rejects a promise (no throw)');
  await assert.rejects(atOnce, (error) => error instanceof Error && error.message === 'bad at once');
});

test('promise: a Promise (or a plain value) passed to an export as task<int>', async () => {
  const { p } = app.exports;
  assert.equal(await p.add_one(delay(5, 41)), 42);
  assert.equal(await p.add_one(Promise.resolve(1)), 2);
  assert.equal(await p.add_one(9), 10);
  assert.equal(await p.add_one({ then: (resolve) => resolve(99) }), 100, 'a thenable is adopted');
});

test('promise: a C++ task passed to an import is a JS Promise', async () => {
  const { p } = app.exports;
  taken = null;
  p.give_promise(5);
  assert.ok(taken instanceof Promise);
  assert.equal(await taken, 1005);
});

async function resolvedAs(fn, value) {
  nextValue = value;
  return fn();
}

test('promise results: int, double, bool, string', async () => {
  const { p } = app.exports;
  assert.equal(await resolvedAs(p.t_int, -2147483648), -2147483648);
  assert.equal(await resolvedAs(p.t_double, 0.1), 0.1);
  assert.ok(Object.is(await resolvedAs(p.t_double, -0), -0));
  assert.ok(Number.isNaN(await resolvedAs(p.t_double, NaN)));
  assert.equal(await resolvedAs(p.t_bool, true), true);
  assert.equal(await resolvedAs(p.t_bool, false), false);
  assert.equal(await resolvedAs(p.t_string, ''), '');
  assert.equal(await resolvedAs(p.t_string, 'žluťoučký 🐎'), 'žluťoučký 🐎');
});

test('promise results: object (same object), any, optional<int>', async () => {
  const { p } = app.exports;
  const value = { x: 1 };
  assert.equal(await resolvedAs(p.t_object, value), value);
  assert.equal(await resolvedAs(p.t_any, 'text'), 'text');
  assert.equal(await resolvedAs(p.t_any, value), value);
  assert.equal(await resolvedAs(p.t_any, undefined), undefined);
  assert.equal(await resolvedAs(p.t_any, null), null);
  assert.equal(await resolvedAs(p.t_any_type, 12n), 'bigint');
  assert.equal(await resolvedAs(p.t_optional, 5), 5);
  assert.equal(await resolvedAs(p.t_optional, null), null);
  assert.equal(await resolvedAs(p.t_optional, undefined), null, 'undefined is empty too');
});

test('promise results: std::vector<int>, int64 as bigint', async () => {
  const { p } = app.exports;
  assert.deepEqual(await resolvedAs(p.t_vector, [1, -2, 3]), [1, -2, 3]);
  assert.deepEqual(await resolvedAs(p.t_vector, []), []);
  assert.equal(await resolvedAs(p.t_int64, 2n ** 62n + 1n), 2n ** 62n + 1n);
  assert.equal(await resolvedAs(p.t_int64, -(2n ** 63n)), -(2n ** 63n));
  assert.equal(await resolvedAs(p.t_int64_plus_one, 2n ** 53n), 2n ** 53n + 1n);
});

test('promise results: promise<array<double>> (task<std::vector<double>>), which .NET rejects', async () => {
  const { p } = app.exports;
  assert.deepEqual(await resolvedAs(p.t_doubles, [0.5, -1.25, 1e300]), [0.5, -1.25, 1e300]);
  assert.equal(await resolvedAs(p.t_doubles_sum, [0.5, 0.25, 2]), 2.75);
});

test('promise results: task<result<string>> gets a value, or error() for a rejection', async () => {
  const { p } = app.exports;
  assert.equal(await resolvedAs(p.t_string_result, 'ok'), 'value ok');
  const saved = P.next;
  P.next = () => Promise.reject(new Error('nope'));
  try {
    const fp = await fresh();
    assert.equal(await fp.t_string_result(), 'error nope');
  } finally {
    P.next = saved;
  }
});

test('promise: a resolved value that does not fit T fails the task, naming the type', async () => {
  const p = await fresh();
  nextValue = 'not a number';
  await assert.rejects(p.t_int(), (error) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /int32/);
    assert.match(error.message, /string/);
    return true;
  });
});

test('imports: two imports with the same C++ signature each call their own JS function', () => {
  const { p } = app.exports;
  assert.equal(p.same_signature('x'), 'A(x),B(x)');
});
