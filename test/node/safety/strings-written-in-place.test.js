// A long UTF-8 string argument can be written by JS straight into a std::string of the runtime
// library (jsinterop_string_argument, src/strings.cpp): the export's std::string parameter then
// takes that string itself, no copy; a string view parameter views it, and it is freed when the
// call is over; memory from jsinterop_alloc is still copied and freed. Here JS calls the library
// export as the runtime would, and C++ lifts the parameter as a dispatcher does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = `
#include <jsinterop/jsinterop.h>
#include <string>
#include <string_view>

using jsinterop::abi::wire;

// An export's std::string parameter from what JS wrote at address: "same:" and the text if it is
// that memory itself, "copy:" and the text if it was copied.
[[jsinterop::export]] std::string lift_string(int address, int size) {
  const std::string text = wire<std::string>::lift(address, size);
  return (text.data() == jsinterop::abi::from_address<char>(address) ? "same:" : "copy:") + text;
}

[[jsinterop::export]] int lift_size(int address, int size) {
  return static_cast<int>(wire<std::string>::lift(address, size).size());
}

// An export's std::string_view parameter, freed when the call is over.
[[jsinterop::export]] std::string lift_view(int address, int size) {
  auto kept = wire<std::string_view>::keep_until_returned(address, size);
  return std::string(wire<std::string_view>::lift(address, size));
}
`;

let wasm;
before(() => {
  wasm = readFileSync(compileProgram(source, 'safety-strings-written-in-place'));
});

async function start() {
  const app = await instantiate(wasm, { stdout: () => {}, stderr: () => {} });
  const library = app.instance.exports;
  const write = (address, text, from = 0) => new TextEncoder().encodeInto(text, new Uint8Array(library.memory.buffer, address + from)).written;
  return { app, library, write };
}

test('a std::string parameter takes the string JS wrote in place, without a copy', async () => {
  const { app, library, write } = await start();
  const text = 'x'.repeat(3000);
  const address = library.jsinterop_string_argument(0, 0, text.length) >>> 0;
  assert.equal(write(address, text), 3000);
  assert.equal(app.exports.lift_string(address, 3000), `same:${text}`);
  // Fewer bytes than asked for (the rest of the capacity unused).
  const fewer = library.jsinterop_string_argument(0, 0, 4000) >>> 0;
  write(fewer, text);
  assert.equal(app.exports.lift_string(fewer, 3000), `same:${text}`);
});

test('a string grown for the rest of its text keeps what JS wrote first', async () => {
  const { app, library, write } = await start();
  const first = library.jsinterop_string_argument(0, 0, 2000) >>> 0;
  write(first, 'a'.repeat(2000));
  const grown = library.jsinterop_string_argument(first, 1500, 6000) >>> 0;
  assert.equal(write(grown, 'é'.repeat(1250), 1500), 2500);
  assert.equal(app.exports.lift_string(grown, 4000), `same:${'a'.repeat(1500)}${'é'.repeat(1250)}`);
});

test('once its strings are taken, the library holds no memory for them', async () => {
  const { app, library, write } = await start();
  const before = app.heapInUse();
  for (let count = 1; count <= 3; count++) {
    const addresses = Array.from({ length: count }, () => library.jsinterop_string_argument(0, 0, 3000) >>> 0);
    for (const address of addresses) write(address, 'z'.repeat(3000));
    for (const address of addresses) assert.equal(app.exports.lift_size(address, 3000), 3000);
    assert.equal(app.heapInUse(), before);
  }
});

test('several strings written before any is taken (the arguments of one call), small ones too', async () => {
  const { app, library, write } = await start();
  const texts = ['a'.repeat(2000), 'bc', 'd'.repeat(9000), '', 'e'.repeat(11)];
  const addresses = texts.map((text) => {
    const address = library.jsinterop_string_argument(0, 0, text.length) >>> 0;
    write(address, text);
    return address;
  });
  for (const i of [2, 0, 4, 1, 3]) assert.equal(app.exports.lift_string(addresses[i], texts[i].length).slice(5), texts[i]);
});

test('views of strings written in place, and copies of jsinterop_alloc memory: nothing leaks', async () => {
  const { app, library, write } = await start();
  const text = 'v'.repeat(5000);
  const round = () => {
    const inPlace = library.jsinterop_string_argument(0, 0, text.length) >>> 0;
    write(inPlace, text);
    assert.equal(app.exports.lift_view(inPlace, text.length), text);
    const taken = library.jsinterop_string_argument(0, 0, text.length) >>> 0;
    write(taken, text);
    assert.equal(app.exports.lift_string(taken, text.length), `same:${text}`);
    const allocated = library.jsinterop_alloc(text.length) >>> 0;
    write(allocated, text);
    assert.equal(app.exports.lift_string(allocated, text.length), `copy:${text}`);
    const allocatedView = library.jsinterop_alloc(text.length) >>> 0;
    write(allocatedView, text);
    assert.equal(app.exports.lift_view(allocatedView, text.length), text);
  };
  round(); // the export keeps its last string result until the next: measure after the same one
  const before = app.heapInUse();
  for (let i = 0; i < 20; i++) round();
  assert.equal(app.heapInUse(), before);
});
