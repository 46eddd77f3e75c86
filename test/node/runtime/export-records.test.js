// Exports that are not direct reach JS as records in the module's data (docs/design.md, "Exports"):
// read at instantiation, checked, and called through the function table. Records written by hand
// here; every compiled program of the suite uses the ones the plugin writes.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { ABI_VERSION } from '../../../js/src/abi.js';
import { PRELUDE, described } from '../lib/abi-source.js';
import { compileProgram } from '../lib/toolchain.js';
import { runtimeExports, wasmModule } from '../lib/wasm-builder.js';

// A module that looks linked with the runtime library, whose records lie between begin and end.
const withRecordBounds = (begin, end) =>
  wasmModule({
    exports: runtimeExports().map(([name, body]) =>
      name === 'jsinterop_export_records' ? [name, { returns: begin }]
      : name === 'jsinterop_export_records_end' ? [name, { returns: end }]
      : [name, body],
    ),
    memory: true,
  });

test('record bounds that do not hold whole records are refused', async () => {
  await assert.rejects(instantiate(withRecordBounds(16, 20)), {
    message: 'jsinterop: app.wasm has malformed export records (bounds 16..20)',
  });
  await assert.rejects(instantiate(withRecordBounds(28, 16)), /malformed export records \(bounds 28\.\.16\)/);
});

test('records in a module that does not export its function table are refused', async () => {
  await assert.rejects(instantiate(withRecordBounds(16, 28)), {
    message:
      'jsinterop: app.wasm has export records but does not export its function table; link it with ' +
      'jsinterop-clang++, which passes --export-table',
  });
});

// C++ records of `twice` (int -> int), each given as its descriptor section line and its three
// fields in C++: the name, the dispatcher and the target (record() writes the usual ones).
const recordsProgram = (records, name) =>
  compileProgram(
    `${PRELUDE}
using jsinterop::detail::any_function;
int twice(int x) { return 2 * x; }
int thrice(int x) { return 3 * x; }
${records
  .map(
    ({ line, fields }, index) =>
      `${line}[[gnu::used, gnu::section("jsinterop_exports")]] const jsinterop::detail::export_record record${index} = {
  ${fields.join(', ')}};`,
  )
  .join('\n')}
int main() {}
`,
    name,
  );
const DISPATCH = '(any_function)&jsinterop::detail::call_export<int(int), int(int), int>';
const record = (text, target) => {
  const { name, line } = described(text);
  return { line, fields: [JSON.stringify(name), DISPATCH, `(any_function)&${target}`] };
};

const descriptor = (path) =>
  JSON.stringify({ abi: ABI_VERSION, function: 'twice', kind: 'export', params: [{ name: 'x', type: 'int32' }], path, result: 'int32' });

test('a record is an export at its path, called through its dispatcher', async () => {
  const app = await instantiate(recordsProgram([record(descriptor('hand.twice'), 'twice')], 'record-ok'));
  assert.equal(app.exports.hand.twice(21), 42);
  assert.equal(app.exports.hand.twice.name, 'hand.twice');
  assert.throws(() => app.exports.hand.twice('21'), /hand\.twice: parameter 'x' expects/);
});

test('a record repeated (an inline export of several object files) is one export', async () => {
  const app = await instantiate(
    recordsProgram([record(descriptor('twice'), 'twice'), record(descriptor('twice'), 'twice')], 'record-twice'),
  );
  assert.deepEqual(Object.keys(app.exports), ['twice']);
  assert.equal(app.exports.twice(4), 8);
});

test('two functions at one path collide', async () => {
  await assert.rejects(
    instantiate(recordsProgram([record(descriptor('f'), 'twice'), record(descriptor('f'), 'thrice')], 'record-clash')),
    { message: "jsinterop: record-clash.wasm cannot export 'f': 'f' is already an exported function" },
  );
});

test("a record's malformed descriptor is refused, naming it", async () => {
  await assert.rejects(instantiate(recordsProgram([record('{oops', 'twice')], 'record-bad')), {
    message: 'jsinterop: record-bad.wasm has a malformed binding descriptor (not JSON): {oops',
  });
  const kindImport = JSON.stringify({ ...JSON.parse(descriptor('f')), kind: 'import' });
  await assert.rejects(
    instantiate(recordsProgram([record(kindImport, 'twice')], 'record-kind')),
    /\("kind" is "import" on an export\)/,
  );
});

test('a record whose name lies outside memory or has no line, or whose functions lie outside the table, is refused', async () => {
  const { line, fields: [name, dispatch, target] } = record(descriptor('f'), 'twice');
  await assert.rejects(instantiate(recordsProgram([{ line, fields: ['(const char *)0x7ffffff0', dispatch, target] }], 'record-address')), {
    message: 'jsinterop: record-address.wasm has malformed export records (name address 2147483632)',
  });
  await assert.rejects(instantiate(recordsProgram([{ line: '', fields: [name, dispatch, target] }], 'record-line')), {
    message: `jsinterop: record-line.wasm has a malformed binding descriptor (no line in jsinterop.bindings): ${JSON.parse(name)}`,
  });
  await assert.rejects(
    instantiate(recordsProgram([{ line, fields: [name, '(any_function)100000', target] }], 'record-index')),
    /^Error: jsinterop: record-index\.wasm has malformed export records \(function indices 100000, \d+ of \{"abi"/,
  );
});
