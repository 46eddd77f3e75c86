// Conformance: char16_t <-> a JS string of exactly one UTF-16 unit, or (marshal_as("number")) a number
// in [0, 65535]. Resolved: a lone surrogate is a valid unit ('\uD800' crosses as is); '' and strings of
// two units (including one astral character such as '🐎') are TypeErrors, as is a number for the
// string form or a one-character string for the number form.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, same, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>

[[jsinterop::import("echo", "Chars")]] char16_t js_echo_char(char16_t value);
[[jsinterop::import("echo", "Chars"), jsinterop::marshal_as("number")]]
char16_t js_echo_code([[jsinterop::marshal_as("number")]] char16_t value);
[[jsinterop::import("record", "Chars")]]
void js_record(char16_t c, [[jsinterop::marshal_as("number")]] char16_t n);

namespace chars {
[[jsinterop::export]] char16_t echo_char(char16_t value) { return value; }
[[jsinterop::export, jsinterop::marshal_as("number")]]
char16_t echo_code([[jsinterop::marshal_as("number")]] char16_t value) { return value; }
[[jsinterop::export]] int code_of(char16_t value) { return value; }
[[jsinterop::export]] char16_t from_code(int code) { return static_cast<char16_t>(code); }
[[jsinterop::export, jsinterop::marshal_as("number")]] char16_t next_code(char16_t value) { return static_cast<char16_t>(value + 1); }
[[jsinterop::export]] int via_js_char(char16_t value) { return js_echo_char(value); }
[[jsinterop::export]] int via_js_code(int code) { return js_echo_code(static_cast<char16_t>(code)); }
[[jsinterop::export]] void send() {
  js_record(u'A', u'A');
  js_record(u'\u010D', u'\u010D');  // č
  js_record(u'\0', 0);
  js_record(u'\uFFFF', 0xFFFF);
  js_record(static_cast<char16_t>(0xD800), static_cast<char16_t>(0xDC00));
}
} // namespace chars

int main() { return 0; }
`;

const UNITS = ['A', 'č', '\0', '\uFFFF', '日', '\uD800', '\uDFFF', ' '];

let wasm;
let app;
let reply = (value) => value;
const received = [];
const Chars = { echo: (value) => reply(value), record: (...args) => received.push(args) };

before(async () => {
  wasm = await build(source, 'conformance-chars');
  ({ app } = await load(wasm, { Chars }));
});

test('char16_t as string: every single UTF-16 unit crosses as export parameter and result', () => {
  const { chars } = app.exports;
  for (const unit of UNITS) {
    same(chars.echo_char(unit), unit, `echo_char(U+${unit.charCodeAt(0).toString(16)})`);
    same(chars.code_of(unit), unit.charCodeAt(0), `C++ received U+${unit.charCodeAt(0).toString(16)}`);
  }
  same(chars.from_code(0x10d), 'č', 'from_code(0x10d)');
  same(chars.from_code(0), '\0', 'from_code(0)');
  same(chars.from_code(0xdbff), '\uDBFF', 'a lone surrogate from C++');
  assert.equal(chars.echo_char('x').length, 1);
});

test('char16_t as number: [0, 65535] crosses as export parameter and result', () => {
  const { chars } = app.exports;
  for (const code of [0, 65, 0x10d, 0xd800, 0xffff]) same(chars.echo_code(code), code, `echo_code(${code})`);
  same(chars.next_code('A'), 66, 'a string parameter with a number result');
});

test('char16_t: import parameters in both forms', () => {
  received.length = 0;
  app.exports.chars.send();
  assert.deepEqual(received, [
    ['A', 65],
    ['č', 0x10d],
    ['\0', 0],
    ['\uFFFF', 0xffff],
    ['\uD800', 0xdc00],
  ]);
});

test('char16_t: import results in both forms', () => {
  reply = (value) => value;
  for (const unit of UNITS) same(app.exports.chars.via_js_char(unit), unit.charCodeAt(0), `via_js_char U+${unit.charCodeAt(0).toString(16)}`);
  for (const code of [0, 0xd800, 0xffff]) same(app.exports.chars.via_js_code(code), code, `via_js_code(${code})`);
});

test('char16_t: wrong values are TypeErrors naming the export and parameter', () => {
  const { chars } = app.exports;
  for (const bad of ['', 'ab', '🐎', 65, null, undefined, 65n]) {
    assert.throws(() => chars.echo_char(bad), typeErrorFor('chars.echo_char', 'value'), `echo_char(${JSON.stringify(String(bad))})`);
  }
  for (const bad of [-1, 65536, 0.5, 'A', null, 65n]) {
    assert.throws(() => chars.echo_code(bad), typeErrorFor('chars.echo_code', 'value'), `echo_code(${String(bad)})`);
  }
});

test('char16_t: an import returning a wrong value stops the program naming the import', async () => {
  for (const [fn, argument, bad] of [['via_js_char', 'a', 'ab'], ['via_js_char', 'a', ''], ['via_js_char', 'a', 97], ['via_js_code', 97, 65536], ['via_js_code', 97, 'a']]) {
    reply = () => bad;
    const fresh = await load(wasm, { Chars });
    assert.throws(() => fresh.exports.chars[fn](argument), namesImport('echo'), `${fn}: echo returned ${JSON.stringify(bad)}`);
  }
  reply = (value) => value;
});
