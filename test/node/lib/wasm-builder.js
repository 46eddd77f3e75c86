// Tiny wasm modules written byte by byte, for the cases a C++ compiler would not produce (a wrong
// library version, missing runtime exports) and for the ones not worth a compile. Every function has
// the type () -> i32.
//
//   imports: [[module, name], ...]
//   exports: [[name, body], ...] where body is { returns: n } or { calls: importIndex }
//   memory:  whether to export a one-page memory named "memory", or the names to export it as
//   custom:  [[name, text], ...] custom sections, at the end
import { ABI_VERSION, RUNTIME_EXPORTS } from '../../../js/src/abi.js';

export function wasmModule({ imports = [], exports = [], memory = false, custom = [] }) {
  const typeSection = vector([[0x60, 0x00, 0x01, 0x7f]]);
  const importSection = vector(imports.map(([module, name]) => [...string(module), ...string(name), 0x00, 0x00]));
  const functionSection = vector(exports.map(() => [0x00]));
  const memorySection = vector([[0x00, 0x01]]);
  const exportEntries = exports.map(([name], index) => [...string(name), 0x00, ...leb(imports.length + index)]);
  const memoryNames = memory === true ? ['memory'] : memory || [];
  exportEntries.push(...memoryNames.map((name) => [...string(name), 0x02, 0x00]));
  const codeSection = vector(exports.map(([, body]) => sized([0x00, ...instructions(body), 0x0b])));
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, typeSection),
    ...section(2, importSection),
    ...section(3, functionSection),
    ...(memory ? section(5, memorySection) : []),
    ...section(7, vector(exportEntries)),
    ...section(10, codeSection),
    ...custom.flatMap(([name, text]) => section(0, [...string(name), ...new TextEncoder().encode(text)])),
  ]);
}

// The exports of the runtime library, each returning `version` or 0.
export function runtimeExports(version = ABI_VERSION) {
  return RUNTIME_EXPORTS.map((name) => [name, { returns: name === 'jsinterop_abi_version' ? version : 0 }]);
}

function instructions({ returns, calls }) {
  return calls === undefined ? [0x41, ...sleb(returns)] : [0x10, ...leb(calls)];
}

const section = (id, content) => [id, ...sized(content)];
const sized = (bytes) => [...leb(bytes.length), ...bytes];
const vector = (entries) => [...leb(entries.length), ...entries.flat()];
const string = (text) => sized([...new TextEncoder().encode(text)]);

function leb(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

function sleb(value) {
  const bytes = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    const done = (value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}
