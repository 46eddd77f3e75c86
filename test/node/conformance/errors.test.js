// Conformance: errors as values. jsinterop::js_error <-> JS Error; jsinterop::result<T> on imports
// (a JS throw, or a result of the wrong type, becomes error()) and exports (an error throws a JS Error
// with its message; an error that came from JS is rethrown as the original value); a throw in an
// import that cannot return an error ends the program with a message naming the import (the export
// call throws, run() rejects). Resolved: for a thrown non-Error, message() is String(value) and
// stack() is "" (docs/design.md); the error of a wrong-typed result names the import.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <string>
#include <string_view>

[[jsinterop::import("mayThrow", "Errs")]] jsinterop::result<int> js_may_throw(int value);
[[jsinterop::import("mayThrow", "Errs")]] jsinterop::result<std::string> js_may_throw_string(int value);
[[jsinterop::import("mayThrow", "Errs")]] jsinterop::result<void> js_may_throw_void(int value);
[[jsinterop::import("mayThrow", "Errs")]] jsinterop::result<jsinterop::object> js_may_throw_object(int value);
[[jsinterop::import("report", "Errs")]] void js_report(std::string_view message, std::string_view stack);
[[jsinterop::import("reportError", "Errs")]] void js_report_error(jsinterop::js_error error);
[[jsinterop::import("makeError", "Errs")]] jsinterop::js_error js_make_error(std::string_view message);
[[jsinterop::import("plain", "Errs")]] int js_plain(int value);

namespace errs {
[[jsinterop::export]] std::string call(int value) {
  jsinterop::result<int> result = js_may_throw(value);
  if (result.has_value()) return "value " + std::to_string(*result) + (result ? "" : " (operator bool disagrees)");
  return "error " + result.error().message();
}
[[jsinterop::export]] std::string call_string(int value) {
  auto result = js_may_throw_string(value);
  return result ? "value " + result.value() : "error " + result.error().message();
}
[[jsinterop::export]] std::string call_void(int value) {
  auto result = js_may_throw_void(value);
  return result ? std::string("ok") : "error " + result.error().message();
}
[[jsinterop::export]] std::string call_object(int value) {
  auto result = js_may_throw_object(value);
  return result ? "value " + (*result).type_of("tag") : "error " + result.error().message();
}
[[jsinterop::export]] void forward(int value) {
  auto result = js_may_throw(value);
  if (!result) js_report(result.error().message(), result.error().stack());
}
[[jsinterop::export]] void forward_error(int value) {
  auto result = js_may_throw(value);
  if (!result) js_report_error(result.error());
}
[[jsinterop::export]] jsinterop::result<int> fails(int value) {
  if (value < 0) return jsinterop::unexpected(jsinterop::js_error("bad"));
  return value * 2;
}
[[jsinterop::export]] jsinterop::result<std::string> fails_string(bool fail) {
  if (fail) return jsinterop::unexpected(jsinterop::js_error("no string: ž 🐎"));
  return std::string("fine");
}
[[jsinterop::export]] jsinterop::result<void> fails_void(bool fail) {
  if (fail) return jsinterop::unexpected(jsinterop::js_error("void failed"));
  return {};
}
[[jsinterop::export]] jsinterop::result<int> rethrow(int value) {
  auto result = js_may_throw(value);
  if (!result) return jsinterop::unexpected(result.error());
  return *result;
}
[[jsinterop::export]] jsinterop::js_error make_error(std::string_view message) { return jsinterop::js_error(std::string(message)); }
[[jsinterop::export]] jsinterop::js_error echo_error(jsinterop::js_error error) { return error; }
[[jsinterop::export]] std::string message_of(jsinterop::js_error error) { return error.message(); }
[[jsinterop::export]] std::string stack_of(const jsinterop::js_error &error) { return error.stack(); }
[[jsinterop::export]] std::string made_by_js(std::string_view message) { return js_make_error(message).message(); }
[[jsinterop::export]] void send_made_in_cpp() { js_report_error(jsinterop::js_error("made in C++")); }
[[jsinterop::export]] int call_plain(int value) { return js_plain(value); }
} // namespace errs

int main(int argc, char **argv) {
  if (argc > 1 && std::string_view(argv[1]) == "throw") return js_plain(-1);
  return 0;
}
`;

let wasm;
let app;
let thrower = (value) => value;
const reports = [];
const Errs = {
  mayThrow: (value) => thrower(value),
  report: (message, stack) => reports.push({ message, stack }),
  reportError: (error) => reports.push({ error }),
  makeError: (message) => new RangeError(message),
  plain: (value) => thrower(value),
};

before(async () => {
  wasm = await build(source, 'conformance-errors');
  ({ app } = await load(wasm, { Errs }));
});

test('result<T> import: a value when JS returns, error() with the message when JS throws', () => {
  const { errs } = app.exports;
  thrower = (value) => value + 1;
  assert.equal(errs.call(4), 'value 5');
  thrower = () => {
    throw new Error('boom ž 🐎');
  };
  assert.equal(errs.call(4), 'error boom ž 🐎');
  thrower = () => {
    throw new TypeError('typed');
  };
  assert.equal(errs.call(0), 'error typed');
  thrower = () => {
    throw 'a plain string';
  };
  assert.equal(errs.call(0), 'error a plain string', 'a thrown non-Error: message() is String(value)');
  thrower = () => {
    throw 42;
  };
  assert.equal(errs.call(0), 'error 42');
  thrower = (value) => value;
});

test('result<T> import: string, void and object results', () => {
  const { errs } = app.exports;
  thrower = () => 'text';
  assert.equal(errs.call_string(0), 'value text');
  thrower = () => undefined;
  assert.equal(errs.call_void(0), 'ok');
  thrower = () => ({ tag: 1 });
  assert.equal(errs.call_object(0), 'value number');
  thrower = () => {
    throw new Error('nope');
  };
  assert.equal(errs.call_string(0), 'error nope');
  assert.equal(errs.call_void(0), 'error nope');
  assert.equal(errs.call_object(0), 'error nope');
  thrower = (value) => value;
});

test('result<T> import: C++ reports the message and stack of the JS error back to JS', () => {
  const error = new Error('with a stack');
  thrower = () => {
    throw error;
  };
  reports.length = 0;
  app.exports.errs.forward(1);
  assert.equal(reports.length, 1);
  assert.equal(reports[0].message, 'with a stack');
  assert.equal(reports[0].stack, error.stack, 'stack() is the JS stack');
  assert.match(reports[0].stack, /with a stack/);
  thrower = () => {
    throw 'plain';
  };
  reports.length = 0;
  app.exports.errs.forward(1);
  assert.deepEqual(reports, [{ message: 'plain', stack: '' }], 'a thrown non-Error has an empty stack');
  thrower = (value) => value;
});

test('result<T> import: the js_error passed back to JS is the original thrown value', () => {
  const error = new SyntaxError('original');
  thrower = () => {
    throw error;
  };
  reports.length = 0;
  app.exports.errs.forward_error(1);
  assert.equal(reports.length, 1);
  assert.equal(reports[0].error, error, 'the same Error object');
  thrower = (value) => value;
});

test('result<T> import: a result of the wrong type is an error value naming the import', () => {
  const { errs } = app.exports;
  for (const bad of ['1', 1.5, 2 ** 31, null, undefined, 1n]) {
    thrower = () => bad;
    const text = errs.call(0);
    assert.match(text, /^error /, `mayThrow returned ${String(bad)}: an error value, not a value`);
    assert.match(text, /mayThrow/, 'the message names the import');
  }
  thrower = () => 5;
  assert.match(errs.call_string(0), /^error .*mayThrow/, 'a number for result<std::string>');
  thrower = () => null;
  assert.match(errs.call_object(0), /^error .*mayThrow/, 'null for result<object>');
  thrower = (value) => value;
});

test('result<T> export: an error throws a JS Error with its message', () => {
  const { errs } = app.exports;
  assert.equal(errs.fails(21), 42);
  assert.throws(() => errs.fails(-1), (error) => error instanceof Error && error.message === 'bad');
  assert.equal(errs.fails_string(false), 'fine');
  assert.throws(() => errs.fails_string(true), (error) => error instanceof Error && error.message === 'no string: ž 🐎');
  assert.equal(errs.fails_void(false), undefined);
  assert.throws(() => errs.fails_void(true), (error) => error instanceof Error && error.message === 'void failed');
  assert.equal(errs.fails(1), 2, 'the export still works after throwing');
});

test('result<T> export: an error that came from JS is rethrown as the original value', () => {
  const original = new RangeError('from JS');
  thrower = () => {
    throw original;
  };
  assert.throws(() => app.exports.errs.rethrow(0), (error) => error === original);
  const plain = { notAnError: true };
  thrower = () => {
    throw plain;
  };
  assert.throws(() => app.exports.errs.rethrow(0), (error) => error === plain, 'a thrown non-Error comes back as itself');
  thrower = (value) => value;
  assert.equal(app.exports.errs.rethrow(3), 3);
});

test('js_error: crosses as a JS Error both ways', () => {
  const { errs } = app.exports;
  const made = errs.make_error('made ž');
  assert.ok(made instanceof Error, 'an export returning js_error gives an Error');
  assert.equal(made.message, 'made ž');
  const error = new TypeError('mine');
  assert.equal(errs.echo_error(error), error, 'the same Error object comes back');
  assert.equal(errs.message_of(error), 'mine');
  assert.equal(errs.stack_of(error), error.stack);
  assert.equal(errs.made_by_js('from import'), 'from import', 'an import returning js_error');
  reports.length = 0;
  errs.send_made_in_cpp();
  assert.ok(reports[0].error instanceof Error, 'an import parameter js_error is an Error');
  assert.equal(reports[0].error.message, 'made in C++');
});

test('a throw in an import without result<T> makes the export call throw an error naming the import', async () => {
  const original = new Error('unhandled');
  thrower = () => {
    throw original;
  };
  const fresh = await load(wasm, { Errs });
  assert.throws(() => fresh.exports.errs.call_plain(1), (error) => {
    namesImport('plain')(error);
    assert.equal(error.cause, original, 'the original error is the cause');
    return true;
  });
  thrower = (value) => value;
});

test('a throw in an import called from main makes run() reject with an error naming the import', async () => {
  thrower = () => {
    throw new Error('in main');
  };
  const fresh = await load(wasm, { Errs }, { args: ['throw'] });
  await assert.rejects(fresh.app.run(), namesImport('plain'));
  thrower = (value) => value;
});

test('an import returning a wrong type without result<T> makes run() reject naming the import', async () => {
  thrower = () => 'not an int';
  const fresh = await load(wasm, { Errs }, { args: ['throw'] });
  await assert.rejects(fresh.app.run(), namesImport('plain'));
  thrower = (value) => value;
});
