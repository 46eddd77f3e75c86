// The JS runtime has marshallers for exactly the wire types of wire_types.def, with the same shapes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { wireTypes } from '../../../js/src/wire.js';
import { repoRoot } from '../lib/toolchain.js';

function readWireTypeTable() {
  const text = readFileSync(join(repoRoot, 'runtime/include/jsinterop/abi/wire_types.def'), 'utf8');
  const rows = [...text.matchAll(/^JSINTEROP_WIRE_TYPE\((\w+),\s*(.*)\)\s*$/gm)];
  // Name is the first string column, ParamWasm and ResultWasm the last two.
  return rows.map(([, id, rest]) => {
    const strings = [...rest.matchAll(/"([^"]*)"/g)].map((match) => match[1]);
    return { id, name: strings[0], paramWasm: strings.at(-2), resultWasm: strings.at(-1) };
  });
}

test('one marshaller per wire type, no more', () => {
  const table = readWireTypeTable();
  assert.ok(table.length >= 5);
  assert.deepEqual(Object.keys(wireTypes).sort(), table.map(({ name }) => name).sort());
});

for (const { name, paramWasm, resultWasm } of readWireTypeTable()) {
  test(`${name}: wasm shape as in wire_types.def`, () => {
    const wire = wireTypes[name];
    assert.equal(wire.wasmValues, paramWasm.length);
    assert.equal(wire.resultInMemory, resultWasm === 'p');
    assert.equal(typeof wire.lowerImportResult, 'function');
    assert.equal(typeof wire.liftExportResult, 'function');
    if (paramWasm.length > 0) {
      assert.equal(typeof wire.liftImportParam, 'function');
      assert.equal(typeof wire.lowerExportParam, 'function');
    }
  });
}
