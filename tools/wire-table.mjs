// Reads runtime/include/jsinterop/abi/wire_types.def, the one type table, for the docs generator, the
// generator of the TypeScript mapping (gen-ts-types.mjs) and the JS runtime's consistency tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

// Rows of JSINTEROP_WIRE_TYPE and JSINTEROP_WIRE_TEMPLATE: (Id, Name, JsType, MarshalAs, CxxTypes,
// ParamWasm, ResultWasm, Direct, TsType, TsArgument), every column after Id a string literal.
export function readWireTypeTable() {
  const text = readFileSync(join(repoRoot, 'runtime/include/jsinterop/abi/wire_types.def'), 'utf8');
  const rows = [...text.matchAll(/^JSINTEROP_WIRE_(TYPE|TEMPLATE)\((\w+),(.*)\)\s*$/gm)];
  return rows.map(([, macro, id, rest]) => {
    const strings = [...rest.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1].replace(/\\(.)/g, '$1'));
    if (strings.length !== 9) throw new Error(`wire_types.def: ${id} does not have 10 columns`);
    const [name, jsType, marshalAs, cxxTypes, paramWasm, resultWasm, direct, tsType, tsArgument] = strings;
    return {
      template: macro === 'TEMPLATE', id, name, jsType, marshalAs, cxxTypes, paramWasm, resultWasm,
      direct: direct === 'direct', tsType, tsArgument: tsArgument || tsType,
    };
  });
}
