// The TypeScript declarations of a compiled module (app.d.ts, which jsinterop-clang++ writes next to
// app.wasm through js/bin/jsinterop-emit-tsd.js): the type of `app.exports` and the functions each
// JS module of its imports must provide, from the binding descriptors, so that they cannot disagree
// with the module. Each wire type's TS type is the TsType/TsArgument column of wire_types.def
// (js/src/generated/ts-types.js). Not imported by index.js: the browser bundle does not carry it.
import { checkRuntimeLibrary, readModuleBindings } from './abi.js';
import { tsTypes } from './generated/ts-types.js';
import { splitArguments } from './wire.js';

// Every binding of the module, as { descriptor, params, result }, read without running it.
export function bindingsOf(module, name) {
  checkRuntimeLibrary(module, name);
  const { imports, exports } = readModuleBindings(module, name);
  return [...imports, ...exports];
}

// The TS type of a wire type spelling, as JS gets it from C++ (toCxx false) or gives it to C++
// (toCxx true). A function's parameters go the other way: C++ passes them to a JS function, or JS
// passes them to a C++ one.
export function tsType(spelling, toCxx) {
  const [, name, argument] = /^(\w+)(?:<(.*)>)?$/.exec(spelling);
  const pattern = tsTypes[name][toCxx ? 1 : 0];
  if (argument === undefined) return pattern;
  if (pattern.includes('A...')) {
    const args = splitArguments(argument);
    const result = tsType(args.pop(), toCxx);
    const params = args.map((arg, index) => `arg${index}: ${tsType(arg, !toCxx)}`);
    return pattern.replace('A...', params.join(', ')).replace(/\bR\b/, result);
  }
  if (/\bE\b/.test(pattern)) return pattern.replace(/\bE\b/g, `'${argument}'`);
  const inner = tsType(argument, toCxx);
  // A type of several words (a union, a function, a readonly array) needs parentheses in `T | null`
  // or `readonly T[]`; in `Promise<T>` it does not.
  const grouped = inner.includes(' ') ? `(${inner})` : inner;
  return pattern.replace(/\bT\b/g, (t, at) => (pattern === 'T' || (pattern[at - 1] === '<' && pattern[at + 1] === '>') ? inner : grouped));
}

// The TS signature of a binding: an export is called by JS, an import calls JS (or constructs).
function signature({ descriptor }) {
  const isExport = descriptor.kind === 'export';
  const names = new Set(descriptor.params.map((param) => param.name));
  const params = descriptor.params.map((param) => `${parameterName(param.name, names)}: ${tsType(param.type, isExport)}`);
  return `${descriptor.call === 'new' ? 'new ' : ''}(${params.join(', ')}) => ${tsType(descriptor.result, !isExport)}`;
}

// An import of a method, or of a property of its first parameter, reaches into that receiver (the
// descriptor's "receiver"): the module provides nothing for it.
const onReceiver = (descriptor) => descriptor.receiver === true;

// Words that cannot name a parameter in TS but can in C++: such a name gets a trailing _ (or more,
// past the names the function has).
const RESERVED = new Set(
  ('arguments await break case catch class const continue debugger default delete do else enum eval export extends ' +
    'false finally for function if implements import in instanceof interface let new null package private ' +
    'protected public return static super switch this throw true try typeof var void while with yield').split(' '),
);
function parameterName(name, names) {
  if (!RESERVED.has(name)) return name;
  let renamed = `${name}_`;
  while (names.has(renamed)) renamed += '_';
  names.add(renamed);
  return renamed;
}
const propertyName = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

// The nested object type of bindings by dotted path. Several imports may call one JS function (C++
// declarations of it with other types): it must be all of their signatures at once. An import's JS
// function may also hold others (`$` and `$.ajax`); two exports at one path, or an exported
// function under another, fail instantiate(), and here. A property that imports only read is a value
// of each type they read; one that imports write is an accessor pair, since C++ may write a type
// other than the one it reads.
function objectType(bindings, indent, readonly) {
  const newNode = () => ({ bindings: [], members: new Map() });
  const root = newNode();
  for (const binding of bindings) {
    let node = root;
    for (const segment of binding.descriptor.path.split('.')) {
      if (!node.members.has(segment)) node.members.set(segment, newNode());
      node = node.members.get(segment);
      if (binding.descriptor.kind === 'export' && node.bindings.length > 0) throw collision(binding);
    }
    if (binding.descriptor.kind === 'export' && node.members.size > 0) throw collision(binding);
    node.bindings.push(binding);
  }
  const prefix = readonly ? 'readonly ' : '';
  // The distinct types of a node's bindings of one call ('function' when the descriptor has none).
  const distinct = (node, call, type) => [
    ...new Set(node.bindings.filter(({ descriptor }) => (descriptor.call ?? 'function') === call).map(type)),
  ];
  const intersection = (parts) => (parts.length === 1 ? parts[0] : parts.map((part) => (part.startsWith('{') ? part : `(${part})`)).join(' & '));
  const print = (node, depth) => {
    const pad = indent.repeat(depth + 1);
    const members = [...node.members].map(([key, member]) => {
      const functions = member.bindings.flatMap(({ descriptor }) => descriptor.function ?? []);
      const doc = functions.length === 0 ? '' : `${pad}/** C++ ${functions.join(', ')} */\n`;
      const written = distinct(member, 'set', ({ descriptor }) => tsType(descriptor.params[0].type, false));
      if (written.length === 0 || member.bindings.some(({ descriptor }) => !['get', 'set'].includes(descriptor.call))) {
        return `${doc}${pad}${prefix}${propertyName(key)}: ${print(member, depth + 1)};`;
      }
      const read = distinct(member, 'get', ({ descriptor }) => tsType(descriptor.result, true));
      const getter = read.length === 0 ? '' : `${pad}get ${propertyName(key)}(): ${intersection(read)};\n`;
      const union = written.map((type) => (type.includes('=>') ? `(${type})` : type)).join(' | ');
      return `${doc}${getter}${pad}set ${propertyName(key)}(value: ${union});`;
    });
    const parts = [
      ...distinct(node, 'function', signature),
      ...distinct(node, 'new', signature),
      ...distinct(node, 'get', ({ descriptor }) => tsType(descriptor.result, true)),
      ...(members.length === 0 ? [] : [`{\n${members.join('\n')}\n${indent.repeat(depth)}}`]),
    ];
    return parts.length === 0 ? '{}' : intersection(parts);
  };
  return print(root, 0);
}

const collision = ({ descriptor }) =>
  new Error(`jsinterop: two exports at JS path '${descriptor.path}', or one under the other`);

// The text of app.d.ts for the module's bindings. The imports of globalThis are the environment's,
// not the program's to provide, so Imports lists those of named modules only.
export function declarations(bindings, name) {
  const exports = bindings.filter(({ descriptor }) => descriptor.kind === 'export');
  const byModule = new Map();
  for (const binding of bindings) {
    const { kind, module } = binding.descriptor;
    if (kind !== 'import' || module === undefined || onReceiver(binding.descriptor)) continue;
    if (!byModule.has(module)) byModule.set(module, []);
    byModule.get(module).push(binding);
  }
  const indent = '  ';
  const modules = [...byModule].map(
    ([module, imports]) => `${indent}${propertyName(module)}: ${objectType(imports, indent, false).replaceAll('\n', `\n${indent}`)};`,
  );
  const body = [
    `/** The exports of ${name}: the type of \`app.exports\`, given as \`instantiate<Exports>(...)\`. */`,
    `export interface Exports ${objectType(exports, indent, true)}`,
    '',
    `/** What ${name} imports from JS modules, by module: what \`modules\` or \`setModuleImports\` gives each. */`,
    `export interface Imports ${modules.length === 0 ? '{}' : `{\n${modules.join('\n')}\n}`}`,
  ].join('\n');
  const used = ['ElementArrays', 'MemoryView'].filter((type) => body.includes(`${type}<`) || body.includes(`${type}[`));
  return [
    `// Generated by jsinterop-emit-tsd from the binding descriptors of ${name}: do not edit.`,
    ...(used.length === 0 ? [] : [`import type { ${used.join(', ')} } from 'jsinterop';`]),
    '',
    body,
    '',
  ].join('\n');
}
