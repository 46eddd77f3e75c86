// C++ that writes by hand what the plugin writes for [[jsinterop::import]] and [[jsinterop::export]]
// (docs/design.md: a raw wasm import or an export wrapper named by its JSON descriptor), so that the
// JS runtime can be tested with any descriptor, also a wrong one.

const CXX_PARAM = { bool: 'bool', int32: 'int', float64: 'double', string: 'std::string_view' };
const CXX_RESULT = { void: 'void', bool: 'bool', int32: 'int', float64: 'double', string: 'std::string' };
const WASM_PARAMS = { bool: ['int'], int32: ['int'], float64: ['double'], string: ['int', 'int'] };
const WASM_RESULT = { void: 'void', bool: 'int', int32: 'int', float64: 'double' };

export const PRELUDE = `#include <jsinterop/jsinterop.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
`;

// params: [[name, wireType], ...]
function descriptor({ abi = 1, kind, path, module, cxxName, params, result }) {
  const json = JSON.stringify({
    abi,
    kind,
    path,
    ...(module === undefined ? {} : { module }),
    function: cxxName,
    params: params.map(([name, type]) => ({ name, type })),
    result,
  });
  return JSON.stringify(json); // as a C string literal
}

const cxxParams = (params) => params.map(([name, type]) => `${CXX_PARAM[type]} ${name}`).join(', ');
const signature = (params, result) => `${CXX_RESULT[result]}(${params.map(([, type]) => CXX_PARAM[type]).join(', ')})`;

// The declaration `result name(params)` of an import, with the body the plugin would write.
export function declareImport({ name, path, module, params = [], result = 'void', abi }) {
  const raw = `raw_import_${name}`;
  const wasmParams = params.flatMap(([, type]) => WASM_PARAMS[type]);
  if (result === 'string') wasmParams.unshift('int'); // the result slot
  const rawResult = result === 'string' ? 'void' : WASM_RESULT[result];
  const descriptorText = descriptor({ abi, kind: 'import', path, module, cxxName: name, params, result });
  return `
__attribute__((import_module("jsinterop"), import_name(${descriptorText})))
${rawResult} ${raw}(${wasmParams.join(', ')});
inline ${CXX_RESULT[result]} ${name}(${cxxParams(params)}) {
  return jsinterop::detail::call_import<${signature(params, result)}, &${raw}>(${params.map(([n]) => n).join(', ')});
}
`;
}

// The wrapper that exports the C++ function `name` (defined elsewhere in the source) at `path`.
export function exportFunction({ name, path, params = [], result = 'void', abi }) {
  const wasmTypes = params.flatMap(([, type]) => WASM_PARAMS[type]);
  const wasmNames = wasmTypes.map((_, index) => `w${index}`);
  const rawResult = result === 'string' ? 'int' : WASM_RESULT[result];
  const descriptorText = descriptor({ abi, kind: 'export', path, cxxName: name, params, result });
  return `
__attribute__((export_name(${descriptorText}), used))
${rawResult} raw_export_${name}(${wasmTypes.map((type, index) => `${type} ${wasmNames[index]}`).join(', ')}) {
  return jsinterop::detail::call_export<${signature(params, result)}, &${name}>(${wasmNames.join(', ')});
}
`;
}
