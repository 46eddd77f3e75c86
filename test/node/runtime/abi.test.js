// The binding ABI checks of instantiate(): versions, descriptors, the runtime library, the export
// tree, raw imports.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ABI_VERSION } from '../../../js/src/abi.js';
import { instantiate } from '../../../js/src/index.js';
import { PRELUDE, declareImport, described } from '../lib/abi-source.js';
import { compileProgram } from '../lib/toolchain.js';
import { runtimeExports, wasmModule } from '../lib/wasm-builder.js';

const mismatch = (version, name = 'app.wasm') =>
  `jsinterop: ${name} was built for binding ABI ${version}, but this jsinterop runtime reads ABI ${ABI_VERSION}; ` +
  "rebuild it with the jsinterop-clang++ of this runtime's release, or use the runtime that came with its compiler";

const descriptor = (fields) => JSON.stringify({ abi: ABI_VERSION, params: [], result: 'int32', ...fields });
const exportDescriptor = (path, fields) => descriptor({ kind: 'export', path, ...fields });

// A module that looks linked with the runtime library, plus `exports` and `imports`. A binding's name
// given as its descriptor (text that starts with `{`) becomes the short name and a section line.
const linked = ({ exports = [], imports = [], version, memory = true, lines = [] } = {}) => {
  const short = (text) => {
    if (!text.startsWith('{')) return text;
    const { name } = described(text);
    lines.push(`${name} ${text}\n`);
    return name;
  };
  return wasmModule({
    imports: imports.map(([module, name]) => [module, module === 'jsinterop' ? short(name) : name]),
    exports: [
      ...runtimeExports(version),
      ...exports.map(([name, body]) => [name.startsWith('{') ? `jsinterop_${short(name)}` : name, body]),
    ],
    memory: Array.isArray(memory) ? memory.map((name) => (name.startsWith('{') ? `jsinterop_${short(name)}` : name)) : memory,
    custom: [['jsinterop.bindings', lines.join('')]],
  });
};

test('a compiled import descriptor of the next ABI is refused with the versioning message', async () => {
  const next = ABI_VERSION + 1;
  const source = `${PRELUDE}${declareImport({ name: 'js_log', path: 'console.log', params: [['text', 'string']], abi: next })}
int main() { js_log("never"); }
`;
  await assert.rejects(instantiate(compileProgram(source, 'abi-next')), { message: mismatch(next, 'abi-next.wasm') });
});

test('an export descriptor of another ABI is refused', async () => {
  const bytes = linked({ exports: [[exportDescriptor('f', { abi: ABI_VERSION + 1 }), { returns: 0 }]] });
  await assert.rejects(instantiate(bytes), { message: mismatch(ABI_VERSION + 1) });
});

test('a runtime library of another ABI is refused', async () => {
  await assert.rejects(instantiate(linked({ version: ABI_VERSION - 1 })), { message: mismatch(ABI_VERSION - 1) });
});

test('a module without the runtime library is refused', async () => {
  await assert.rejects(instantiate(wasmModule({ exports: [['main', { returns: 0 }]] })), {
    message:
      'jsinterop: app.wasm was not linked with the jsinterop runtime library (it does not export ' +
      'jsinterop_abi_version); build it with jsinterop-clang++, which links libjsinterop-runtime.a',
  });
});

test('a module with only part of the runtime library is refused', async () => {
  const bytes = wasmModule({ exports: [['jsinterop_abi_version', { returns: ABI_VERSION }]], memory: true });
  await assert.rejects(
    instantiate(bytes),
    /lacks runtime library exports: jsinterop_export_records, jsinterop_export_records_end, jsinterop_main, jsinterop_alloc/,
  );
});

test('malformed descriptors are refused, naming the problem', async () => {
  const cases = [
    ['{oops', /\(not JSON\)/],
    ['{"kind":"export"}', /\(no "abi" version\)/],
    [exportDescriptor('f', { kind: 'import' }), /\("kind" is "import" on an export\)/],
    [exportDescriptor('a..b'), /\(bad "path"\)/],
    [exportDescriptor('f', { params: [{ name: 'x', type: 'int64' }] }), /\(bad parameter .*int64/],
    [exportDescriptor('f', { params: [{ name: 'x', type: 'void' }] }), /\(bad parameter .*: void is not a parameter type\)/],
    [exportDescriptor('f', { result: 'span<int32>' }), /\(bad result type "span<int32>": span<E> is only a parameter type\)/],
    [exportDescriptor('f', { params: [{ name: 'x', type: 'result<int32>' }] }), /result<T> is only a result type/],
    [exportDescriptor('f', { result: 'optional<span<int32>>' }), /optional<span<int32>> is not a wire type/],
    [exportDescriptor('f', { result: 'array<result<int32>>' }), /array<result<int32>> is not a wire type/],
    [exportDescriptor('f', { result: 'result<result<int32>>' }), /result<result<int32>> is not a wire type/],
    [exportDescriptor('f', { result: 'array<void>' }), /array<void> is not a wire type/],
    [exportDescriptor('f', { result: 'segment<string>' }), /the element of segment<E> is one of uint8 .* not string/],
    [exportDescriptor('f', { result: 'span<float64' }), /cannot read wire type "span<float64"/],
    [exportDescriptor('f', { result: 'optional<int32>>' }), /cannot read wire type "int32>"/],
    [exportDescriptor('f', { result: 'optional' }), /optional needs a type argument/],
    [exportDescriptor('f', { result: 'int32<int32>' }), /int32 takes no type argument/],
    [exportDescriptor('f', { result: 'Optional<int32>' }), /cannot read wire type/],
    [exportDescriptor('f', { result: 'array< int32>' }), /cannot read wire type|unknown wire type/],
    [exportDescriptor('f', { result: 7 }), /a wire type is a string, not number 7/],
    [exportDescriptor('f', { module: 'M' }), /\(bad "module"\)/],
  ];
  for (const [name, message] of cases) {
    await assert.rejects(instantiate(linked({ exports: [[name, { returns: 0 }]] })), message, name);
  }
});

test('an import descriptor is checked too', async () => {
  const bytes = linked({ imports: [['jsinterop', descriptor({ kind: 'import', path: 'f', result: 'int64' })]] });
  await assert.rejects(instantiate(bytes), /malformed binding descriptor \(bad result type "int64": unknown wire type "int64"\)/);
});

test('a descriptor that names something other than a function is refused', async () => {
  const text = exportDescriptor('f');
  await assert.rejects(instantiate(linked({ memory: ['memory', text] })), {
    message: `jsinterop: app.wasm has a malformed binding descriptor (a memory, not a function): ${text}`,
  });
});

test('a binding without its line in the section, or two lines of one name, are refused', async () => {
  const name = '0123456789abcdef';
  await assert.rejects(instantiate(linked({ imports: [['jsinterop', name]] })), {
    message: `jsinterop: app.wasm has a malformed binding descriptor (no line in jsinterop.bindings): ${name}`,
  });
  const [f, g] = [exportDescriptor('f'), exportDescriptor('g')];
  await assert.rejects(instantiate(linked({ lines: [`${name} ${f}\n${name} ${g}\n`] })), {
    message: `jsinterop: app.wasm has a malformed binding descriptor (name of ${f}): ${g}`,
  });
  // the same line twice (two linkers' copies) is one binding
  const app = await instantiate(linked({ exports: [[`jsinterop_${name}`, { returns: 3 }]], lines: [`${name} ${f}\n${name} ${f}\n`] }));
  assert.equal(app.exports.f(), 3);
});

test('a module of ABI 2, whose bindings were named by their descriptors, is refused with the versioning message', async () => {
  const old = JSON.stringify({ abi: 2, kind: 'import', path: 'f', params: [], result: 'void' });
  const bytes = wasmModule({ imports: [['jsinterop', old]], exports: runtimeExports(2), memory: true });
  await assert.rejects(instantiate(bytes), { message: mismatch(2) });
});

test('every wire type of the ABI, and templates of them, are read', async () => {
  const types = [
    'object', 'any', 'error', 'u16string', 'date', 'char16', 'int64_bigint', 'optional<string>',
    'array<array<int64_bigint>>', 'result<optional<object>>', 'segment<float32>', 'result<void>',
    'result<segment<uint8>>', 'optional<optional<int32>>',
  ];
  const exports = types.map((result, index) => [exportDescriptor(`f${index}`, { result }), { returns: 0 }]);
  exports.push([exportDescriptor('g', { params: [{ name: 'v', type: 'span<uint64_bigint>' }] }), { returns: 0 }]);
  await instantiate(linked({ exports }));
});

test('a function and a namespace at the same path are refused', async () => {
  for (const paths of [['demo', 'demo.greet'], ['demo.greet', 'demo'], ['a.b', 'a.b']]) {
    const exports = paths.map((path, index) => [exportDescriptor(path, { function: `f${index}` }), { returns: 0 }]);
    await assert.rejects(instantiate(linked({ exports })), /cannot export '(demo|a\.b)(\.greet)?': '(demo|a\.b)' is already/);
  }
});

test('a path such as __proto__ is an ordinary name', async () => {
  const exports = [[exportDescriptor('__proto__.value'), { returns: 7 }]];
  const app = await instantiate(linked({ exports }));
  assert.equal(app.exports.__proto__.value(), 7); // eslint-disable-line no-proto
});

test('options.imports passes raw import modules through', async () => {
  const bytes = linked({ imports: [['bench', 'raw_add']], exports: [['callRaw', { calls: 0 }]] });
  await assert.rejects(instantiate(bytes), /imports function 'bench\.raw_add', which nothing provides/);
  const app = await instantiate(bytes, { imports: { bench: { raw_add: () => 41 } } });
  assert.equal(app.instance.exports.callRaw(), 41);
  await assert.rejects(instantiate(bytes, { imports: { jsinterop: {} } }), /options\.imports cannot provide 'jsinterop'/);
  await assert.rejects(instantiate(bytes, { imports: { 'jsinterop.runtime': {} } }), /cannot provide 'jsinterop\.runtime'/);
});

test('a WASI function the runtime does not implement returns ENOSYS', async () => {
  const bytes = linked({ imports: [['wasi_snapshot_preview1', 'path_open']], exports: [['open', { calls: 0 }]] });
  const app = await instantiate(bytes);
  assert.equal(app.instance.exports.open(), 52);
});
