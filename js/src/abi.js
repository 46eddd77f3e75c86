// The binding ABI of docs/design.md: reading the descriptors that name a module's bindings, and
// refusing a module built for another ABI before any of its code runs.
import { WireTypeError, parameterType, resultType } from './wire.js';

export const ABI_VERSION = 3;
export const IMPORT_MODULE = 'jsinterop';
// Lines `<name> <descriptor>`: <name> (16 hex digits) is a binding's wasm import in IMPORT_MODULE,
// its wasm export after `jsinterop_`, or its export record's.
const SECTION = 'jsinterop.bindings';

// What the runtime library (libjsinterop-runtime.a) exports; the JS runtime calls all of them.
export const RUNTIME_EXPORTS = [
  'jsinterop_abi_version',
  'jsinterop_export_records',
  'jsinterop_export_records_end',
  'jsinterop_main',
  'jsinterop_alloc',
  'jsinterop_free',
  'jsinterop_string_resize',
  'jsinterop_u16string_resize',
  'jsinterop_take_export_error',
];

export function versionMismatch(name, version) {
  return new Error(
    `jsinterop: ${name} was built for binding ABI ${version}, but this jsinterop runtime reads ABI ` +
      `${ABI_VERSION}; rebuild it with the jsinterop-clang++ of this runtime's release, or use the ` +
      'runtime that came with its compiler',
  );
}

// The module's bindings, as its descriptor section (docs/design.md, "Descriptors") names them:
// { imports, exports, classes, lines }. imports: its imports of IMPORT_MODULE; exports: its direct
// exports; each a list of { wasmName, descriptor, params, result }, where params and result are the
// wire types the descriptor spells (wire.js). classes: its exported classes and value objects, each
// { descriptor, fields } (fields: a value object's [{ name, wire }]). lines: the section's
// descriptor texts by name, which the export records name (readExportRecords).
export function readBindings(module, moduleName) {
  // The linker keeps one line per name (docs/design.md); a name with two texts would bind one
  // binding to the other's descriptor.
  const lines = new Map();
  const section = WebAssembly.Module.customSections(module, SECTION)[0];
  for (const line of utf8.decode(section).split('\n')) {
    const [name, descriptor] = [line.slice(0, 16), line.slice(17)];
    if ((lines.get(name) ?? descriptor) !== descriptor) throw malformedDescriptor(moduleName, descriptor, `name of ${lines.get(name)}`);
    lines.set(name, descriptor);
  }
  const binding = ({ name: wasmName, kind: wasmKind }, name, kind) => {
    // ABI 2 named bindings by their descriptors: read as such, they fail the version check
    const text = wasmName[0] === '{' ? wasmName : lineOf(lines, name, moduleName);
    if (wasmKind !== 'function') throw malformedDescriptor(moduleName, text, `a ${wasmKind}, not a function`);
    return { wasmName, ...readDescriptor(text, kind, moduleName) };
  };
  const imports = WebAssembly.Module.imports(module)
    .filter((entry) => entry.module === IMPORT_MODULE)
    .map((entry) => binding(entry, entry.name, 'import'));
  const exports = WebAssembly.Module.exports(module)
    .filter((entry) => /^jsinterop_[0-9a-f]{16}$/.test(entry.name))
    .map((entry) => binding(entry, entry.name.slice(10), 'export'));
  const classes = [...lines.values()]
    .filter((text) => CLASS_KINDS.includes(kindOf(text)))
    .map((text) => readDescriptor(text, kindOf(text), moduleName));
  return { imports, exports, classes, lines };
}

// Every binding of the module, read without instantiating it: its imports, each export of the
// section (direct or with a record), as { descriptor, params, result }, and its classes and value
// objects, as { descriptor, fields }.
export function readModuleBindings(module, moduleName) {
  const { imports, classes, lines } = readBindings(module, moduleName);
  const exports = [...lines.values()]
    .filter((text) => text !== '') // after the last newline
    .map((text) => readDescriptor(text, kindOf(text), moduleName))
    .filter(({ descriptor }) => descriptor.kind === 'export');
  return { imports, exports, classes };
}

// Lines that declare a type rather than a function: an exported class, a value object.
const CLASS_KINDS = ['class', 'value_object'];
const kindOf = (text) => /"kind":"(\w+)"/.exec(text)?.[1];

function lineOf(lines, name, moduleName) {
  const text = lines.get(name);
  if (text === undefined) throw malformedDescriptor(moduleName, name, `no line in ${SECTION}`);
  return text;
}

// The exports that are not direct: the records the plugin writes (detail::export_record, three
// i32s: the address of the binding's NUL-terminated name in lines, the dispatcher's and the
// exported function's indices in the function table), between the addresses the runtime library
// gives. Returns a list of { descriptor, params, result, dispatch, target }: JS calls
// dispatch(target, wasm values...). The record of a class or a value object is instead
// { descriptor, fields, destroy, destroyIndex, key }: destroy(pointer) deletes an instance (its
// dispatcher, at destroyIndex in the table), and key is what its target returns, the class key by
// which the C++ runtime names it.
export function readExportRecords(exports, moduleName, lines) {
  const begin = exports.jsinterop_export_records() >>> 0;
  const end = exports.jsinterop_export_records_end() >>> 0;
  const malformed = (problem) => new Error(`jsinterop: ${moduleName} has malformed export records (${problem})`);
  if (end < begin || (end - begin) % RECORD_SIZE !== 0) throw malformed(`bounds ${begin}..${end}`);
  if (begin === end) return [];
  const table = exports.__indirect_function_table;
  if (!(table instanceof WebAssembly.Table)) {
    throw new Error(
      `jsinterop: ${moduleName} has export records but does not export its function table; link it ` +
        'with jsinterop-clang++, which passes --export-table',
    );
  }
  const { buffer } = exports.memory;
  if (end > buffer.byteLength) throw malformed(`bounds ${begin}..${end} outside memory`);
  const words = new Uint32Array(buffer, begin, (end - begin) / 4);
  const bytes = new Uint8Array(buffer);
  const records = [];
  // An inline export has a record in every object file that saw it. wasm-ld keeps them all (the
  // section is kept whole for its bounds), so a record equal to one read already is skipped; two
  // functions at one path still collide in the export tree.
  const seen = new Set();
  for (let at = 0; at < words.length; at += 3) {
    const name = cString(bytes, words[at]);
    if (name === undefined) throw malformed(`name address ${words[at]}`);
    const text = lineOf(lines, name, moduleName);
    const key = `${words[at + 1]} ${words[at + 2]} ${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [dispatch, target] = [words[at + 1], words[at + 2]].map((index) =>
      index < table.length ? table.get(index) : null,
    );
    if (typeof dispatch !== 'function' || typeof target !== 'function') {
      throw malformed(`function indices ${words[at + 1]}, ${words[at + 2]} of ${text}`);
    }
    if (CLASS_KINDS.includes(kindOf(text))) {
      records.push({ ...readDescriptor(text, kindOf(text), moduleName), destroy: dispatch, destroyIndex: words[at + 1], key: target() >>> 0 });
    } else {
      records.push({ ...readDescriptor(text, 'export', moduleName), dispatch, target: words[at + 2] });
    }
  }
  return records;
}

const RECORD_SIZE = 12;
const utf8 = new TextDecoder();

// The NUL-terminated text at address, or undefined when it does not end inside memory (a name that
// is not one finds no line).
function cString(bytes, address) {
  const end = bytes.indexOf(0, address); // -1 too for an address outside memory
  return end < 0 ? undefined : utf8.decode(bytes.subarray(address, end));
}

const malformedDescriptor = (moduleName, text, problem) =>
  new Error(`jsinterop: ${moduleName} has a malformed binding descriptor (${problem}): ${text}`);

// { descriptor, params, result } of a descriptor's text ({ descriptor, fields } for a class or a
// value object); throws an Error naming the binding.
function readDescriptor(text, kind, moduleName) {
  const malformed = (problem) => malformedDescriptor(moduleName, text, problem);
  let descriptor;
  try {
    descriptor = JSON.parse(text);
  } catch {
    throw malformed('not JSON');
  }
  if (descriptor === null || typeof descriptor !== 'object' || Array.isArray(descriptor)) {
    throw malformed('not a JSON object');
  }
  // The version comes first: a descriptor of another ABI may differ in any other respect.
  if (!Number.isInteger(descriptor.abi)) throw malformed('no "abi" version');
  if (descriptor.abi !== ABI_VERSION) throw versionMismatch(moduleName, descriptor.abi);
  const problem = descriptorProblem(descriptor, kind);
  if (problem) throw malformed(problem);
  // A type the runtime does not know, or not in this place: wire.js's WireTypeError says why.
  const wireType = (parse, spelling, what, shown) => {
    try {
      return parse(spelling);
    } catch (error) {
      if (!(error instanceof WireTypeError)) throw error;
      throw malformed(`${what} ${JSON.stringify(shown)}: ${error.message}`);
    }
  };
  if (CLASS_KINDS.includes(kind)) {
    const fields = (descriptor.fields ?? []).map((field) => ({
      name: field.name,
      wire: wireType(parameterType, field.type, 'bad field', field),
    }));
    return { descriptor, fields };
  }
  return {
    descriptor,
    params: descriptor.params.map((param) => wireType(parameterType, param.type, 'bad parameter', param)),
    result: wireType(resultType, descriptor.result, 'bad result type', descriptor.result),
  };
}

function descriptorProblem(descriptor, kind) {
  const { path, module, params, result } = descriptor;
  if (descriptor.kind !== kind) return `"kind" is ${JSON.stringify(descriptor.kind)} on an ${kind}`;
  if (typeof path !== 'string' || path.split('.').some((segment) => segment === '')) return 'bad "path"';
  if (kind === 'value_object') {
    const fields = descriptor.fields;
    if (!Array.isArray(fields) || fields.some((field) => typeof field?.name !== 'string')) return 'bad "fields"';
  }
  if (CLASS_KINDS.includes(kind)) return null;
  if (descriptor.class !== undefined && typeof descriptor.class !== 'string') return 'bad "class"';
  if (module !== undefined && (kind !== 'import' || typeof module !== 'string' || module === '')) {
    return 'bad "module"';
  }
  if (descriptor.function !== undefined && typeof descriptor.function !== 'string') return 'bad "function"';
  if (!Array.isArray(params)) return 'no "params"';
  const badParam = params.find((param) => typeof param?.name !== 'string');
  if (badParam) return `bad parameter ${JSON.stringify(badParam)}`;
  if (result === undefined) return 'no "result"';
  return null;
}

// A module that does not export the runtime library's functions was not linked with it.
export function checkRuntimeLibrary(module, name) {
  const exported = new Set(WebAssembly.Module.exports(module).map((entry) => entry.name));
  if (!exported.has('jsinterop_abi_version')) {
    throw new Error(
      `jsinterop: ${name} was not linked with the jsinterop runtime library (it does not export ` +
        'jsinterop_abi_version); build it with jsinterop-clang++, which links libjsinterop-runtime.a',
    );
  }
  const missing = [...RUNTIME_EXPORTS, 'memory'].filter((export_) => !exported.has(export_));
  if (missing.length > 0) {
    throw new Error(`jsinterop: ${name} lacks runtime library exports: ${missing.join(', ')}`);
  }
}

// The C++ side's own word on its version, asked before any other code of the module runs.
export function checkLibraryVersion(exports, name) {
  const version = exports.jsinterop_abi_version();
  if (version !== ABI_VERSION) throw versionMismatch(name, version);
}

// How messages name a binding: its JS path, its module, and the C++ function.
export function describeBinding({ kind, path, module, function: cxxFunction }) {
  const from = module === undefined ? '' : ` of module '${module}'`;
  const cxx = cxxFunction === undefined ? '' : ` (C++ ${cxxFunction})`;
  return `${kind} '${path}'${from}${cxx}`;
}
