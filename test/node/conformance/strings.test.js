// Conformance: std::string / std::string_view (UTF-8) and std::u16string (UTF-16) <-> JS string, both
// directions, exact for every valid string. Resolved: a lone surrogate from JS becomes U+FFFD
// (EF BF BD) in UTF-8 and stays as is in a std::u16string; invalid UTF-8 from C++ decodes with
// U+FFFD per maximal subpart (TextDecoder, as embind does); null/undefined for a string is a
// TypeError (a string is not nullable: std::optional<std::string> is).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, namesImport, same, typeErrorFor } from './harness.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <string>
#include <string_view>

[[jsinterop::import("echo", "Strs")]] std::string js_echo(std::string_view value);
[[jsinterop::import("echo", "Strs")]] std::string js_echo_ref(const std::string &value);
[[jsinterop::import("echo", "Strs")]] std::u16string js_echo_u16(std::u16string value);
[[jsinterop::import("record", "Strs")]] void js_record(std::string_view a, std::string b, std::u16string c);

static std::string hex(std::string_view bytes) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char byte : bytes) { out += digits[byte >> 4]; out += digits[byte & 15]; }
  return out;
}
static std::string hex16(std::u16string_view units) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (char16_t unit : units) for (int shift = 12; shift >= 0; shift -= 4) out += digits[(unit >> shift) & 15];
  return out;
}

namespace strs {
[[jsinterop::export]] std::string echo(std::string_view value) { return std::string(value); }
[[jsinterop::export]] std::string echo_string(std::string value) { return value; }
[[jsinterop::export]] std::string echo_ref(const std::string &value) { return value; }
[[jsinterop::export]] std::u16string echo_u16(std::u16string value) { return value; }
[[jsinterop::export]] std::u16string echo_u16_ref(const std::u16string &value) { return value; }
[[jsinterop::export]] std::string utf8_hex(std::string_view value) { return hex(value); }
[[jsinterop::export]] std::string utf16_hex(const std::u16string &value) { return hex16(value); }
[[jsinterop::export]] int utf8_length(std::string_view value) { return static_cast<int>(value.size()); }
[[jsinterop::export]] int utf16_length(std::u16string value) { return static_cast<int>(value.size()); }
[[jsinterop::export]] std::string from_hex(std::string_view digits) {
  std::string out;
  for (std::size_t i = 0; i + 1 < digits.size(); i += 2) out += static_cast<char>(std::stoi(std::string(digits.substr(i, 2)), nullptr, 16));
  return out;
}
[[jsinterop::export]] std::u16string u16_from_units(std::string_view hex_units) {
  std::u16string out;
  for (std::size_t i = 0; i + 3 < hex_units.size(); i += 4) out += static_cast<char16_t>(std::stoi(std::string(hex_units.substr(i, 4)), nullptr, 16));
  return out;
}
[[jsinterop::export]] std::string concat(std::string_view a, const std::string &b, std::u16string c) {
  return std::string(a) + "|" + b + "|" + std::to_string(c.size());
}
[[jsinterop::export]] std::string via_js(std::string_view value) { return js_echo(value); }
[[jsinterop::export]] std::string via_js_ref(std::string value) { return js_echo_ref(value); }
[[jsinterop::export]] std::u16string via_js_u16(std::u16string value) { return js_echo_u16(value); }
[[jsinterop::export]] std::string via_js_hex(std::string_view value) { return hex(js_echo(value)); }
[[jsinterop::export]] std::string via_js_u16_hex(std::u16string value) { return hex16(js_echo_u16(value)); }
[[jsinterop::export]] void send() {
  js_record("", std::string("nul\0inside", 10), u"");
  js_record("Příliš žluťoučký kůň úpěl ďábelské ódy", "日本語テキスト", u"🐎 ž 日");
  js_record(std::string(300, 'x'), std::string(1000, '\0'), std::u16string(300, u'\u010D'));
  js_record(std::string_view("abc").substr(1, 1), "\xF0\x9F\x90\x8E", std::u16string(1, static_cast<char16_t>(0xD800)));
}
[[jsinterop::export]] void send_invalid_utf8() { js_record("a\xFF" "b", "\xC3", u"x"); }
} // namespace strs

int main() { return 0; }
`;

const VALID = [
  ['empty', ''],
  ['ascii', 'hello'],
  ['NUL inside', 'nul\0inside'],
  ['only NULs', '\0\0\0'],
  ['Czech diacritics', 'Příliš žluťoučký kůň úpěl ďábelské ódy'],
  ['CJK', '日本語のテキスト、中文，한국어'],
  ['surrogate pairs', '🐎😀𝄞 🇨🇿'],
  ['300+ characters', 'abcdefghijklmnopqrstuvwxyz'.repeat(13)],
  ['300+ mixed', 'ž日🐎'.repeat(120)],
  ['U+FFFF and U+FEFF', '\uFFFF\uFEFF'],
  ['a megabyte', 'x'.repeat(1 << 20)],
];

let wasm;
let app;
let reply = (value) => value;
const received = [];
const Strs = { echo: (value) => reply(value), record: (...args) => received.push(args) };

before(async () => {
  wasm = await build(source, 'conformance-strings');
  ({ app } = await load(wasm, { Strs }));
});

const utf8Hex = (text) => Buffer.from(text, 'utf8').toString('hex');
const utf16Hex = (text) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16).padStart(4, '0')).join('');

test('strings: std::string/string_view export parameters and results are exact for every valid string', () => {
  const { strs } = app.exports;
  for (const [what, text] of VALID) {
    same(strs.echo(text), text, `echo (string_view) ${what}`);
    same(strs.echo_string(text), text, `echo_string (std::string) ${what}`);
    same(strs.echo_ref(text), text, `echo_ref (const std::string&) ${what}`);
    assert.equal(strs.utf8_length(text), Buffer.byteLength(text, 'utf8'), `${what}: C++ size() is the UTF-8 byte length`);
    if (text.length < 1000) assert.equal(strs.utf8_hex(text), utf8Hex(text), `${what}: C++ received UTF-8 bytes`);
  }
});

test('strings: std::u16string export parameter and result are exact for every valid string', () => {
  const { strs } = app.exports;
  for (const [what, text] of VALID) {
    same(strs.echo_u16(text), text, `echo_u16 ${what}`);
    same(strs.echo_u16_ref(text), text, `echo_u16_ref ${what}`);
    assert.equal(strs.utf16_length(text), text.length, `${what}: C++ size() is the UTF-16 unit count`);
    if (text.length < 1000) assert.equal(strs.utf16_hex(text), utf16Hex(text), `${what}: C++ received UTF-16 units`);
  }
});

test('strings: C++-made UTF-8 and UTF-16 decode exactly in JS', () => {
  const { strs } = app.exports;
  for (const [what, text] of VALID.filter(([, t]) => t.length < 1000)) {
    same(strs.from_hex(utf8Hex(text)), text, `from_hex ${what}`);
    same(strs.u16_from_units(utf16Hex(text)), text, `u16_from_units ${what}`);
  }
});

test('strings: a string export called by JS inside another keeps both results apart', () => {
  const { strs } = app.exports;
  // via_js_hex's import calls echo_ref and echo_u16, whose results JS reads while via_js_hex's own
  // result is not built yet; via_js_hex's result then replaces them.
  reply = (value) => strs.echo_ref(`${value}!`) + strs.echo_u16(`${value}?`);
  try {
    assert.equal(strs.via_js_hex('ab'), utf8Hex('ab!ab?'));
    same(strs.via_js('ž'.repeat(40)), `${'ž'.repeat(40)}!${'ž'.repeat(40)}?`);
  } finally {
    reply = (value) => value;
  }
});

test('strings: a lone surrogate becomes U+FFFD in UTF-8 and stays in UTF-16', () => {
  const { strs } = app.exports;
  for (const [text, utf8] of [['\uD800', 'efbfbd'], ['a\uDC00b', '61efbfbd62'], ['\uDBFF\uDBFF', 'efbfbdefbfbd'], ['🐎\uD83D', 'f09f908eefbfbd']]) {
    assert.equal(strs.utf8_hex(text), utf8, `UTF-8 of ${utf16Hex(text)}`);
    same(strs.echo(text), text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'), `echo ${utf16Hex(text)}`);
    same(strs.echo_u16(text), text, `echo_u16 keeps ${utf16Hex(text)}`);
    assert.equal(strs.utf16_hex(text), utf16Hex(text), `C++ u16string units of ${utf16Hex(text)}`);
  }
  same(strs.u16_from_units('d800'), '\uD800', 'a lone surrogate from a C++ u16string');
});

test('strings: invalid UTF-8 from C++ decodes with U+FFFD', () => {
  const { strs } = app.exports;
  same(strs.from_hex('61ff62'), 'a\uFFFDb', 'a FF byte');
  same(strs.from_hex('c3'), '\uFFFD', 'a truncated sequence');
  same(strs.from_hex('eda080'), '\uFFFD\uFFFD\uFFFD', 'an encoded surrogate (CESU) is not UTF-8');
  received.length = 0;
  strs.send_invalid_utf8();
  assert.deepEqual(received, [['a\uFFFDb', '\uFFFD', 'x']]);
});

test('strings: several string parameters of different kinds in one call', () => {
  assert.equal(app.exports.strs.concat('ž', '', '🐎'), 'ž||2');
  assert.equal(app.exports.strs.concat('', 'b\0', ''), '|b\0|0');
});

test('strings: import parameters reach JS exactly', () => {
  received.length = 0;
  app.exports.strs.send();
  assert.deepEqual(received, [
    ['', 'nul\0inside', ''],
    ['Příliš žluťoučký kůň úpěl ďábelské ódy', '日本語テキスト', '🐎 ž 日'],
    ['x'.repeat(300), '\0'.repeat(1000), 'č'.repeat(300)],
    ['b', '🐎', '\uD800'],
  ]);
});

test('strings: import results reach C++ exactly', () => {
  reply = (value) => value;
  const { strs } = app.exports;
  for (const [what, text] of VALID) {
    same(strs.via_js(text), text, `via_js ${what}`);
    same(strs.via_js_ref(text), text, `via_js_ref ${what}`);
    same(strs.via_js_u16(text), text, `via_js_u16 ${what}`);
  }
  reply = () => 'a\uD800';
  assert.equal(strs.via_js_hex('x'), '61efbfbd', 'a lone surrogate returned by JS, as std::string');
  assert.equal(strs.via_js_u16_hex('x'), '0061d800', 'a lone surrogate returned by JS, as std::u16string');
  reply = () => '';
  same(strs.via_js('not empty'), '', 'an empty string returned by JS replaces a non-empty one');
  reply = (value) => value;
});

test('strings: a non-string is a TypeError naming the export and parameter', () => {
  const { strs } = app.exports;
  for (const bad of [1, null, undefined, 1n, {}, ['a'], Symbol('s'), new String('boxed')]) {
    assert.throws(() => strs.echo(bad), typeErrorFor('strs.echo', 'value'), `echo(${typeof bad})`);
    assert.throws(() => strs.echo_u16(bad), typeErrorFor('strs.echo_u16', 'value'), `echo_u16(${typeof bad})`);
  }
  assert.throws(() => strs.concat('a', 'b', 3), typeErrorFor('strs.concat', 'c'));
  assert.throws(() => strs.concat('a', null, ''), typeErrorFor('strs.concat', 'b'));
});

test('strings: an import returning a non-string stops the program naming the import', async () => {
  for (const [fn, bad] of [['via_js', 1], ['via_js', null], ['via_js', undefined], ['via_js_u16', 1], ['via_js_ref', {}]]) {
    reply = () => bad;
    const fresh = await load(wasm, { Strs });
    assert.throws(() => fresh.exports.strs[fn]('x'), namesImport('echo'), `${fn}: echo returned ${String(bad)}`);
  }
  reply = (value) => value;
});
