// An export's std::string and std::u16string parameters are built by the runtime library in the
// parameter itself, a short one written whole in libc++'s short layout (src/strings.cpp,
// string_wire::lift); string views are freed once the call is over (wire.h,
// keep_until_returned). Every length around the short capacity must give a string that libc++
// treats as its own: equal to one it built, terminated, short while it fits, and growing, shrinking
// and moving like any other; and a long view must be freed, once.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = `
#include <jsinterop/jsinterop.h>
#include <string>
#include <string_view>
#include <utility>

// What is wrong with a string lifted from JS, or "" (libc++ built \`copy\` from the same units).
template <class String> std::string unsound(String text) {
  const String copy(text.data(), text.size());
  if (text != copy)
    return "differs";
  if (text.c_str()[text.size()] != 0)
    return "not terminated";
  const auto short_capacity = String().capacity();
  if ((text.size() <= short_capacity) != (text.capacity() == short_capacity))
    return "wrong capacity";
  String moved = std::move(text);
  if (moved != copy || !text.empty())
    return "moves wrong";
  moved.append(40, u'+');
  moved.resize(copy.size());
  moved.shrink_to_fit();
  if (moved != copy || moved.c_str()[moved.size()] != 0)
    return "grows wrong";
  return "";
}

[[jsinterop::export]] std::string check(std::string text) { return unsound(std::move(text)); }
[[jsinterop::export]] std::string check16(std::u16string text) { return unsound(std::move(text)); }
[[jsinterop::export]] std::string by_reference(const std::string &text) { return text; }
[[jsinterop::export]] std::u16string by_reference16(const std::u16string &text) { return text; }
[[jsinterop::export]] std::string two(std::string a, std::string b) { return a + "|" + b; }
[[jsinterop::export]] int view_size(std::string_view text, std::u16string_view wide) {
  return static_cast<int>(text.size() + wide.size());
}
`;

let wasm;
before(() => {
  wasm = readFileSync(compileProgram(source, 'safety-string-parameters'));
});

const start = () => instantiate(wasm, { stdout: () => {}, stderr: () => {} });

// Every length from 0 to 24 code units, ASCII and not (two- and three-byte UTF-8, surrogate pairs).
const texts = [];
for (let length = 0; length <= 24; length++) {
  texts.push('abcdefghijklmnopqrstuvwxyz'.slice(0, length));
  texts.push('é'.repeat(length));
  texts.push('a€'.repeat(length).slice(0, length));
  texts.push('😀'.repeat(length).slice(0, length - (length % 2)));
}

test('a string parameter of every length is a sound libc++ string', async () => {
  const app = await start();
  for (const text of texts) {
    assert.equal(app.exports.check(text), '', `std::string ${JSON.stringify(text)}`);
    assert.equal(app.exports.check16(text), '', `std::u16string ${JSON.stringify(text)}`);
  }
});

test('string parameters by const reference, and two in one call', async () => {
  const app = await start();
  for (const text of texts) {
    assert.equal(app.exports.by_reference(text), text);
    assert.equal(app.exports.by_reference16(text), text);
    const rest = [...text].slice(1).join(''); // whole code points: UTF-8 has no lone surrogates
    assert.equal(app.exports.two(text, rest), `${text}|${rest}`);
  }
  assert.equal(app.exports.two('x'.repeat(5000), 'short'), `${'x'.repeat(5000)}|short`);
});

test('string view parameters, short and long, are freed once the call is over', async () => {
  const app = await start();
  const long = 'v'.repeat(10000);
  assert.equal(app.exports.view_size(long, long), 20000);
  const before = app.heapInUse();
  for (let round = 0; round < 20; round++) {
    assert.equal(app.exports.view_size(long, 'w'), 10001);
    assert.equal(app.exports.view_size('v', long), 10001);
    assert.equal(app.exports.view_size('', ''), 0);
  }
  assert.equal(app.heapInUse(), before);
});
