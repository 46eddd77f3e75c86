// C++ that writes by hand what the plugin writes for [[jsinterop::import]] and [[jsinterop::export]]
// (docs/design.md: a raw wasm import, or an export as a direct export is, named by a short name
// whose line in the descriptor section holds the descriptor), so that the JS runtime can be tested
// with any descriptor, also a wrong one.
import { createHash } from 'node:crypto';

import { ABI_VERSION } from '../../../js/src/abi.js';

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

// params: [[name, wireType], ...]. The binding's name and the file-scope C++ that writes its line
// (described()).
export function descriptor({ abi = ABI_VERSION, kind, path, module, cxxName, params, result }) {
  return described(JSON.stringify({
    abi,
    kind,
    path,
    ...(module === undefined ? {} : { module }),
    function: cxxName,
    params: params.map(([name, type]) => ({ name, type })),
    result,
  }));
}

// { name, line } of a descriptor's text: name is what the wasm import (or, after `jsinterop_`, the
// export) is called; line the file-scope asm that writes `<name> <text>` into the section, as the
// plugin does (any 16 hex digits will do as the name: the runtime only looks them up).
export function described(text, name = createHash('sha256').update(text).digest('hex').slice(0, 16)) {
  const assembly = `.section .custom_section.jsinterop.bindings,"G",@,jsinterop_test.${name}\n.ascii ${JSON.stringify(`${name} ${text}\n`)}\n.text\n`;
  return { name, line: `__asm__(${JSON.stringify(assembly)});\n` };
}

const cxxParams = (params) => params.map(([name, type]) => `${CXX_PARAM[type]} ${name}`).join(', ');
const signature = (params, result) => `${CXX_RESULT[result]}(${params.map(([, type]) => CXX_PARAM[type]).join(', ')})`;

// The declaration `result name(params)` of an import, with the body the plugin would write.
export function declareImport({ name, path, module, params = [], result = 'void', abi }) {
  const raw = `raw_import_${name}`;
  const wasmParams = params.flatMap(([, type]) => WASM_PARAMS[type]);
  if (result === 'string') wasmParams.unshift('int'); // the result slot
  const rawResult = result === 'string' ? 'void' : WASM_RESULT[result];
  const binding = descriptor({ abi, kind: 'import', path, module, cxxName: name, params, result });
  return `${binding.line}
__attribute__((import_module("jsinterop"), import_name("${binding.name}")))
${rawResult} ${raw}(${wasmParams.join(', ')});
inline ${CXX_RESULT[result]} ${name}(${cxxParams(params)}) {
  return jsinterop::detail::call_import<${signature(params, result)}>(&${raw}${params.map(([n]) => `, ${n}`).join('')});
}
`;
}

// The wrapper that exports the C++ function `name` (defined elsewhere in the source) at `path`.
export function exportFunction({ name, path, params = [], result = 'void', abi }) {
  const wasmTypes = params.flatMap(([, type]) => WASM_PARAMS[type]);
  const wasmNames = wasmTypes.map((_, index) => `w${index}`);
  const rawResult = result === 'string' ? 'int' : WASM_RESULT[result];
  const binding = descriptor({ abi, kind: 'export', path, cxxName: name, params, result });
  return `${binding.line}
__attribute__((export_name("jsinterop_${binding.name}"), used))
${rawResult} raw_export_${name}(${wasmTypes.map((type, index) => `${type} ${wasmNames[index]}`).join(', ')}) {
  return jsinterop::detail::call_export<${signature(params, result)}>(&${name}${wasmNames.map((n) => `, ${n}`).join('')});
}
`;
}

// Raw bindings for any wire type, in C++ that uses none of the runtime's headers: the wasm signature
// comes from the wire type table (js/src/wire.js), and the test writes what the C++ side does with
// the wasm values. Intrinsics of "jsinterop.runtime" are declared as rt_<name>.
import { parseWireType, wireTypes } from '../../../js/src/wire.js';
import { ELEMENT_ARRAYS } from '../../../js/src/memory-view.js';

const C_TYPE = { i: 'int', I: 'long long', f: 'float', d: 'double' };


const intrinsicSignatures = () => {
  const list = [
    ['release', 'void', 'i'], ['duplicate', 'i', 'i'], ['value_null', 'i', ''], ['value_undefined', 'i', ''],
    ['global_this', 'i', ''], ['is_null', 'i', 'i'], ['is_undefined', 'i', 'i'], ['type_of', 'void', 'ii'],
    ['object_get', 'i', 'iii'], ['object_set', 'void', 'iiii'], ['object_has', 'i', 'iii'], ['array_new', 'i', ''],
    ['array_length', 'i', 'i'], ['array_get', 'i', 'ii'], ['array_push', 'void', 'ii'], ['copy_in', 'i', 'iii'], ['error_new', 'i', 'ii'],
    ['error_message', 'void', 'ii'], ['error_stack', 'void', 'ii'], ['fatal', 'void', 'ii'],
    // Promises and tasks, callbacks, modules
    ['promise_then', 'void', 'ii'], ['deferred_new', 'i', ''], ['deferred_promise', 'i', 'i'],
    ['deferred_resolve', 'void', 'ii'], ['deferred_reject', 'void', 'ii'], ['function_new', 'i', 'i'],
    ['function_call', 'i', 'iii'], ['import_module', 'i', 'iiii'], ['tasks_idle', 'void', ''],
  ];
  for (const [name, wire] of Object.entries(wireTypes)) {
    if (name === 'void') continue;
    list.push([`box_${name}`, 'i', wire.paramWasm]);
    list.push(wire.resultInMemory ? [`unbox_${name}`, 'void', 'ii'] : [`unbox_${name}`, wire.resultWasm, 'i']);
    list.push([`fits_${name}`, 'i', 'i']);
  }
  for (const element of Object.keys(ELEMENT_ARRAYS)) {
    list.push([`array_from_memory_${element}`, 'i', 'ii'], [`array_to_memory_${element}`, 'void', 'iii']);
  }
  return list;
};

const cParams = (letters, names = [...letters].map((_, i) => `p${i}`)) =>
  [...letters].map((letter, i) => `${C_TYPE[letter]} ${names[i]}`).join(', ');

export const RAW_PRELUDE = `#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
${intrinsicSignatures()
  .map(
    ([name, result, params]) =>
      `__attribute__((import_module("jsinterop.runtime"), import_name("${name}"))) ${C_TYPE[result] ?? 'void'} rt_${name}(${cParams(params)});`,
  )
  .join('\n')}
[[maybe_unused]] static inline int addr(const void *p) { return static_cast<int>(reinterpret_cast<std::uintptr_t>(p)); }
template <class T> [[maybe_unused]] static inline T *ptr(int address) { return reinterpret_cast<T *>(static_cast<std::uintptr_t>(static_cast<unsigned>(address))); }
[[maybe_unused]] static inline int rt_string(std::string_view s) { return rt_box_string(addr(s.data()), static_cast<int>(s.size())); }
[[maybe_unused]] static inline std::string rt_unbox_string_(int h) { std::string s; rt_unbox_string(h, addr(&s)); return s; }
[[maybe_unused]] static inline std::string rt_type_of_(int h) { std::string s; rt_type_of(h, addr(&s)); return s; }
struct area { int address, count; };
`;

// The wasm values of each parameter, named: one value keeps the name, two are name_data, name_size.
function wasmParams(params) {
  return params.flatMap(([name, type]) => {
    const letters = parseWireType(type).paramWasm;
    return letters.length === 1 ? [[C_TYPE[letters], name]] : [...letters].map((l, i) => [C_TYPE[l], `${name}_${i === 0 ? 'data' : 'size'}`]);
  });
}

// A raw import `name` of wire types params -> result. Leading parameters: `int error_slot` for
// result<T>, then `int slot` for a result in memory.
export function rawImport({ name, path, module, params = [], result = 'void' }) {
  const wire = parseWireType(result);
  const lead = [];
  if (wire.kind === 'result') lead.push(['int', 'error_slot']);
  if (wire.resultInMemory) lead.push(['int', 'slot']);
  const all = [...lead, ...wasmParams(params)].map(([type, n]) => `${type} ${n}`).join(', ');
  const binding = descriptor({ kind: 'import', path, module, cxxName: name, params, result });
  const cResult = wire.resultInMemory ? 'void' : (C_TYPE[wire.resultWasm] ?? 'void');
  return `${binding.line}__attribute__((import_module("jsinterop"), import_name("${binding.name}"))) ${cResult} ${name}(${all});\n`;
}

// A raw export `name` of wire types params -> result, with the C++ body `body` (its parameters as
// wasmParams names them; a result in memory returns the address of an `area`).
export function rawExport({ name, path, params = [], result = 'void', body }) {
  const wire = parseWireType(result);
  const cResult = wire.resultInMemory ? 'int' : (C_TYPE[wire.resultWasm] ?? 'void');
  const binding = descriptor({ kind: 'export', path: path ?? name, cxxName: name, params, result });
  const all = wasmParams(params).map(([type, n]) => `${type} ${n}`).join(', ');
  return `${binding.line}__attribute__((export_name("jsinterop_${binding.name}"), used)) ${cResult} ${name}(${all}) {\n${body}\n}\n`;
}
