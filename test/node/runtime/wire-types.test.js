// The JS runtime has marshallers for exactly the wire types and templates of wire_types.def, with
// the same wasm lowering.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createIntrinsics } from '../../../js/src/intrinsics.js';
import { ELEMENT_ARRAYS } from '../../../js/src/memory-view.js';
import { Runtime } from '../../../js/src/runtime.js';
import { parseWireType, wireTemplates, wireTypes } from '../../../js/src/wire.js';
import { readWireTypeTable } from '../../../tools/wire-table.mjs';

const table = readWireTypeTable();
const scalars = table.filter((row) => !row.template);
const templates = table.filter((row) => row.template);

test('the table is read: scalars and templates', () => {
  assert.ok(scalars.length >= 24);
  assert.deepEqual(templates.map(({ name }) => name).sort(), [
    'array', 'function', 'instance', 'instance_or_null', 'optional', 'promise', 'result', 'segment', 'span', 'value_object',
  ]);
  for (const { paramWasm, resultWasm } of table) {
    assert.match(paramWasm, /^[iIfd]*$/);
    assert.match(resultWasm, /^[iIfdp]?$/);
  }
});

// A direct binding passes these wasm values untouched from C++, so JS must do all the converting:
// only scalars of at most one wasm value, and never a handle (a handle is read from the table).
test('Direct rows are one-value scalars that JS converts itself', () => {
  const direct = table.filter((row) => row.direct);
  assert.ok(direct.some(({ name }) => name === 'int32') && !direct.some(({ name }) => name === 'object'));
  for (const { name, template, paramWasm, resultWasm } of direct) {
    assert.equal(template, false, name);
    assert.ok(paramWasm.length <= 1 && resultWasm !== 'p', name);
    assert.ok(name === 'void' || wireTypes[name].liftAs !== undefined, name);
    assert.notEqual(wireTypes[name].allocates, true, `${name}: a handle is not direct`);
  }
});

test('one marshaller per wire type, no more', () => {
  assert.deepEqual(Object.keys(wireTypes).sort(), scalars.map(({ name }) => name).sort());
});

test('one template per wire template, no more', () => {
  assert.deepEqual(Object.keys(wireTemplates).sort(), templates.map(({ name }) => name).sort());
});

for (const { name, paramWasm, resultWasm } of scalars) {
  test(`${name}: wasm lowering as in wire_types.def`, () => {
    const wire = parseWireType(name);
    assert.equal(wire, wireTypes[name]);
    assert.equal(wire.name, name);
    assert.equal(wire.paramWasm, paramWasm);
    assert.equal(wire.resultWasm, resultWasm);
    assert.equal(wire.wasmValues, paramWasm.length);
    assert.equal(wire.resultInMemory, resultWasm === 'p');
    assert.equal(typeof wire.lowerImportResult, 'function');
    assert.equal(typeof wire.liftExportResult, 'function');
    if (paramWasm.length > 0) {
      assert.equal(typeof wire.liftImportParam, 'function');
      assert.equal(typeof wire.lowerExportParam, 'function');
      assert.equal(typeof wire.copyIn, 'function');
    }
    if (paramWasm.length === 1) {
      assert.equal(typeof wire.lift, 'function');
      assert.equal(typeof wire.lower, 'function');
    }
  });
}

// A template applied to an argument has the template's lowering; result<T> has T's.
// function<A..., R> takes its parameters and its result.
const sampleArgument = {
  optional: 'string',
  array: 'int64_bigint',
  span: 'float32',
  segment: 'uint16',
  promise: 'result<string>',
  function: 'int32, array<optional<string>>, void',
  result: 'string',
};
for (const { name, paramWasm, resultWasm } of templates) {
  test(`${name}<T>: wasm lowering as in wire_types.def`, () => {
    assert.equal(wireTemplates[name].paramWasm, paramWasm);
    assert.equal(wireTemplates[name].resultWasm, resultWasm);
    const argument = sampleArgument[name];
    const wire = parseWireType(`${name}<${argument}>`);
    assert.equal(wire.name, `${name}<${argument}>`);
    if (name === 'result') {
      assert.equal(paramWasm, '');
      assert.equal(resultWasm, '');
      assert.equal(wire.resultWasm, wireTypes[argument].resultWasm);
      assert.equal(wire.inner, wireTypes[argument]);
    } else {
      assert.equal(wire.paramWasm, paramWasm);
      assert.equal(wire.resultWasm, resultWasm);
      assert.equal(wire.wasmValues, paramWasm.length);
      assert.equal(wire.resultInMemory, resultWasm === 'p');
    }
  });
}

test('promise<T> and function<A..., R>: their arguments, and where they may appear', () => {
  assert.equal(parseWireType('promise<void>').inner, wireTypes.void);
  const callback = parseWireType('function<int32,string,result<bool>>');
  assert.equal(callback.name, 'function<int32, string, result<bool>>');
  assert.deepEqual(callback.params, [wireTypes.int32, wireTypes.string]);
  assert.equal(callback.result.name, 'result<bool>');
  assert.equal(parseWireType('function<void>').params.length, 0);
  for (const [spelling, message] of [
    ['function<>', /cannot read type arguments/],
    ['function<int32,,void>', /cannot read type arguments/],
    ['function<void, int32>', /void cannot be a parameter/],
    ['function<span<uint8>, void>', /span<uint8> cannot be a parameter/],
    ['function<promise<int32>, void>', /promise<int32> cannot be a parameter/],
    ['function<function<void>, void>', /function<void> cannot be a parameter/],
    ['function<int32, promise<int32>>', /cannot be the result/],
    ['promise<span<uint8>>', /not a wire type/],
    ['optional<promise<int32>>', /not a wire type/],
    ['array<function<void>>', /not a wire type/],
    ['result<promise<int32>>', /not a wire type/],
    ['optional<int32, int32>', /takes one type argument, not 2/],
  ]) {
    assert.throws(() => parseWireType(spelling), message, spelling);
  }
});

test('span and segment take the memory-view elements, which are wire types', () => {
  for (const element of Object.keys(ELEMENT_ARRAYS)) {
    assert.ok(Object.hasOwn(wireTypes, element), element);
    assert.equal(parseWireType(`span<${element}>`).name, `span<${element}>`);
  }
});

test('a spelling is read once', () => {
  assert.equal(parseWireType('array<optional<date>>'), parseWireType('array<optional<date>>'));
});

test('the intrinsics: box_, unbox_ and fits_ for every scalar wire type, bulk copies for every element', () => {
  const intrinsics = createIntrinsics(new Runtime('test', new Map()));
  for (const { name } of scalars) {
    if (name === 'void') continue;
    for (const prefix of ['box_', 'unbox_', 'fits_']) assert.equal(typeof intrinsics[prefix + name], 'function', prefix + name);
  }
  for (const element of Object.keys(ELEMENT_ARRAYS)) {
    assert.equal(typeof intrinsics[`array_from_memory_${element}`], 'function');
    assert.equal(typeof intrinsics[`array_to_memory_${element}`], 'function');
  }
  const named = ['release', 'duplicate', 'value_null', 'value_undefined', 'global_this', 'is_null', 'is_undefined',
    'type_of', 'object_get', 'object_set', 'object_has', 'array_new', 'array_length', 'array_get', 'array_push', 'copy_in',
    'error_new', 'error_message', 'error_stack', 'fatal', 'promise_then', 'deferred_new', 'deferred_promise',
    'deferred_resolve', 'deferred_reject', 'function_new', 'function_call', 'import_module', 'tasks_idle'];
  for (const name of named) assert.equal(typeof intrinsics[name], 'function', name);
});
