// The TypeScript declarations of a compiled module (app.d.ts, which jsinterop-clang++ writes next to
// app.wasm through js/bin/jsinterop-emit-tsd.js): the type of `app.exports` and the functions each
// JS module of its imports must provide, and the classes and value objects those name, from the
// binding descriptors, so that they cannot disagree with the module. Each wire type's TS type is
// the TsType/TsArgument column of wire_types.def (js/src/generated/ts-types.js). Not imported by
// index.js: the browser bundle does not carry it.
import { checkRuntimeLibrary, readModuleBindings } from './abi.js';
import { tsTypes } from './generated/ts-types.js';
import { splitArguments, wireTemplates } from './wire.js';

// Every binding of the module, as { descriptor, ... }, read without running it: its imports, its
// exports (class members among them), its classes and its value objects.
export function bindingsOf(module, name) {
  checkRuntimeLibrary(module, name);
  const { imports, exports, classes = [] } = readModuleBindings(module, name);
  return [...imports, ...exports, ...classes];
}

// The globals of TS's lib that the TS types of wire_types.def name (ts-mapping.test.js checks).
export const LIB_GLOBALS = ['Date', 'Promise', 'PromiseLike'];
const LIB_GLOBAL = new RegExp(`\\b(${LIB_GLOBALS.join('|')})\\b`, 'g');

// The TS type of a wire type spelling, as JS gets it from C++ (toCxx false) or gives it to C++
// (toCxx true). A function's parameters go the other way: C++ passes them to a JS function, or JS
// passes them to a C++ one. naming says how the declarations name the class or value object at a
// JS path (instance<geo.Polygon>: geo.Polygon) and the globals of TS's lib (namer, below).
export function tsType(spelling, toCxx, naming = PLAIN_NAMING) {
  const [, name, argument] = /^(\w+)(?:<(.*)>)?$/.exec(spelling);
  const pattern = tsTypes[name][toCxx ? 1 : 0].replace(LIB_GLOBAL, (global) => naming.global(global));
  if (argument === undefined) return pattern;
  // instance<C>, instance_or_null<C>, value_object<C>: C is a JS path, not a wire type.
  if (wireTemplates[name]?.argument === 'class') return pattern.replace(/\bT\b/g, naming.path(argument));
  if (pattern.includes('A...')) {
    const args = splitArguments(argument);
    const result = tsType(args.pop(), toCxx, naming);
    const params = args.map((arg, index) => `arg${index}: ${tsType(arg, !toCxx, naming)}`);
    return pattern.replace('A...', params.join(', ')).replace(/\bR\b/, result);
  }
  if (/\bE\b/.test(pattern)) return pattern.replace(/\bE\b/g, `'${argument}'`);
  const inner = tsType(argument, toCxx, naming);
  // A type of several words (a union, a function, a readonly array) needs parentheses in `T | null`
  // or `readonly T[]`; in `Promise<T>` it does not.
  const grouped = inner.includes(' ') ? `(${inner})` : inner;
  return pattern.replace(/\bT\b/g, (t, at) => (pattern === 'T' || (pattern[at - 1] === '<' && pattern[at + 1] === '>') ? inner : grouped));
}

// The TS parameter list of a binding, without the receiver of a class member's (params[0]): an
// export's parameters are what JS gives C++, an import's what C++ gives JS.
function parameters({ descriptor }, naming) {
  const isExport = descriptor.kind === 'export';
  const own = descriptor.receiver === true && isExport ? descriptor.params.slice(1) : descriptor.params;
  const names = new Set(own.map((param) => param.name));
  return own.map((param) => `${parameterName(param.name, names)}: ${tsType(param.type, isExport, naming)}`).join(', ');
}
const resultType = ({ descriptor }, naming) => tsType(descriptor.result, descriptor.kind !== 'export', naming);

// The TS signature of a binding: an export is called by JS, an import calls JS (or constructs).
function signature(binding, naming) {
  return `${binding.descriptor.call === 'new' ? 'new ' : ''}(${parameters(binding, naming)}) => ${resultType(binding, naming)}`;
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
// other than the one it reads. An exported class (kind 'class') is its constructor's type, which
// also holds its statics.
function objectType(bindings, indent, readonly, naming = PLAIN_NAMING) {
  return objectPrinter(indent, readonly ? 'readonly ' : '', naming).print(pathTree(bindings), 0);
}

// The bindings as a tree of { bindings, members } by the segments of their paths.
function pathTree(bindings) {
  const newNode = () => ({ bindings: [], members: new Map() });
  const root = newNode();
  for (const binding of bindings) {
    let node = root;
    for (const segment of binding.descriptor.path.split('.')) {
      if (!node.members.has(segment)) node.members.set(segment, newNode());
      node = node.members.get(segment);
      if (binding.descriptor.kind !== 'import' && node.bindings.length > 0) throw collision(binding);
    }
    if (binding.descriptor.kind !== 'import' && node.members.size > 0) throw collision(binding);
    node.bindings.push(binding);
  }
  return root;
}

// print(node, depth): a node's type; members(node, depth, first): the lines of its members, the
// first level's with the prefix `first` (a class's statics: 'static readonly ').
function objectPrinter(indent, prefix, naming) {
  // The distinct types of a node's bindings of one call ('function' when the descriptor has none,
  // 'class' for a class).
  const callOf = ({ kind, call }) => (kind === 'class' ? 'class' : (call ?? 'function'));
  const distinct = (node, call, type) => [
    ...new Set(node.bindings.filter(({ descriptor }) => callOf(descriptor) === call).map(type)),
  ];
  const intersection = (parts) => (parts.length === 1 ? parts[0] : parts.map((part) => (part.startsWith('{') ? part : `(${part})`)).join(' & '));
  const members = (node, depth, first = prefix) => {
    const pad = indent.repeat(depth + 1);
    return [...node.members].map(([key, member]) => {
      const written = distinct(member, 'set', ({ descriptor }) => tsType(descriptor.params[0].type, false, naming));
      if (written.length === 0 || member.bindings.some(({ descriptor }) => !['get', 'set'].includes(descriptor.call))) {
        return `${cxxComment(member.bindings, pad)}${pad}${first}${propertyName(key)}: ${print(member, depth + 1)};`;
      }
      const read = distinct(member, 'get', ({ descriptor }) => tsType(descriptor.result, true, naming));
      const getter = read.length === 0 ? '' : `${pad}get ${propertyName(key)}(): ${intersection(read)};\n`;
      const union = written.map((type) => (type.includes('=>') ? `(${type})` : type)).join(' | ');
      return `${cxxComment(member.bindings, pad)}${getter}${pad}set ${propertyName(key)}(value: ${union});`;
    });
  };
  const print = (node, depth) => {
    const lines = members(node, depth);
    const parts = [
      ...distinct(node, 'function', (binding) => signature(binding, naming)),
      ...distinct(node, 'new', (binding) => signature(binding, naming)),
      ...distinct(node, 'get', ({ descriptor }) => tsType(descriptor.result, true, naming)),
      ...distinct(node, 'class', ({ descriptor }) => `typeof ${naming.path(descriptor.path)}`),
      ...(lines.length === 0 ? [] : [`{\n${lines.join('\n')}\n${indent.repeat(depth)}}`]),
    ];
    return parts.length === 0 ? '{}' : intersection(parts);
  };
  return { print, members };
}

// The doc comment naming the C++ functions (or class) of bindings, on its own line.
function cxxComment(bindings, pad) {
  const names = [...new Set(bindings.flatMap(({ descriptor }) => descriptor.function ?? descriptor.cxx ?? []))];
  return names.length === 0 ? '' : `${pad}/** C++ ${names.join(', ')} */\n`;
}

const collision = ({ descriptor }) =>
  new Error(`jsinterop: two exports at JS path '${descriptor.path}', or one under the other`);

// The classes and value objects of the module, by JS path, in the namespaces of their paths: a
// class is a `class` (its instance type, and through `typeof`, the constructor with its statics), a
// value object an `interface`; what is declared under a class or value object path (a nested class)
// is in a namespace of the same name, which TS merges with it. Each node: { path, declared (the
// class or value_object descriptor; none for a namespace), members (by segment), and for a class
// constructors, instance (member bindings by name) and statics (bindings at paths under it) }.
function declaredTree(declared) {
  const root = { path: '', members: new Map() };
  for (const binding of declared) {
    let node = root;
    for (const segment of binding.descriptor.path.split('.')) {
      if (!node.members.has(segment)) {
        const path = node.path === '' ? segment : `${node.path}.${segment}`;
        node.members.set(segment, { path, members: new Map(), constructors: [], instance: new Map(), statics: [] });
      }
      node = node.members.get(segment);
    }
    if (node.declared !== undefined) throw collision(binding);
    node.declared = binding.descriptor;
  }
  return root;
}

// The node of the class an export belongs to: the class at its path for a constructor, else the
// nearest class above its path; undefined for an export of no class.
function classOf(tree, { descriptor }) {
  const segments = descriptor.path.split('.');
  let node = tree;
  let owner;
  for (const segment of segments.slice(0, -1)) {
    node = node.members.get(segment);
    if (node === undefined) return owner;
    if (node.declared?.kind === 'class') owner = node;
  }
  if (descriptor.call !== 'new') return owner;
  const own = node.members.get(segments.at(-1));
  return own?.declared?.kind === 'class' ? own : undefined;
}

// Adds an export to its class's constructors, instance members (by name) or statics; false for an
// export of no class.
function joinClass(tree, binding) {
  const owner = classOf(tree, binding);
  const { call, path } = binding.descriptor;
  if (owner === undefined) return false;
  if (call === 'new') owner.constructors.push(binding);
  else if (call === 'method' || call === 'get' || call === 'set') {
    const key = path.slice(owner.path.length + 1);
    owner.instance.set(key, [...(owner.instance.get(key) ?? []), binding]);
  } else owner.statics.push(binding);
  return true;
}

// The names app.d.ts imports from 'jsinterop' and declares itself: a class or namespace of one of
// them would hide it (those of TS's lib go through globalThis where hidden: namer).
const IMPORTED_NAMES = new Set(['ElementArrays', 'MemoryView']);
const TOP_LEVEL_NAMES = new Set(['Exports', 'Imports']);
// What no class, interface or namespace may be called in TS.
const PREDEFINED = new Set('any bigint boolean never number object string symbol undefined unknown void'.split(' '));

function checkDeclarable(node, depth) {
  const name = node.path.split('.').at(-1);
  const problem =
    !/^[A-Za-z_$][\w$]*$/.test(name) || RESERVED.has(name) || PREDEFINED.has(name)
      ? 'is not a name TypeScript can declare'
      : IMPORTED_NAMES.has(name) || (depth === 0 && TOP_LEVEL_NAMES.has(name))
        ? `would hide the ${name} that app.d.ts uses`
        : undefined;
  if (problem !== undefined) {
    throw new Error(`jsinterop: the JS path '${node.path}' of C++ ${firstDeclared(node)} ${problem}; export it under another name`);
  }
}
const firstDeclared = (node) => node.declared?.cxx ?? firstDeclared(node.members.values().next().value);

// How the declarations at `scope` (the segments of the namespace they are in; [] at the top level)
// name path(p), the class or value object at a JS path, and global(name), a global of TS's lib
// (Date, Promise, PromiseLike, Symbol). A declaration around them of the same name (of a path's
// first segment: in a namespace around; of a global: at the top level too) would hide either: a
// path then goes through an alias of its first segment made at the top level (in `aliases`), a
// global through globalThis. So geo::Symbol and geo::Date may be exported classes.
function namer(tree, scope, aliases) {
  const around = [tree];
  for (const segment of scope) around.push(around.at(-1).members.get(segment));
  const hidden = (nodes, name) => nodes.some((node) => node.members.has(name));
  return {
    path: (path) => {
      const [first] = path.split('.');
      if (!hidden(around.slice(1), first)) return path;
      aliases.add(first);
      return `${ALIAS_PREFIX}${path}`;
    },
    global: (name) => (hidden(around, name) ? `globalThis.${name}` : name),
  };
}
const PLAIN_NAMING = { path: (path) => path, global: (name) => name };
// C++ names have no $ (outside a compiler extension that few use).
const ALIAS_PREFIX = 'jsinterop$';

// The declarations of a node's members at `depth` namespaces down (scope: their segments).
function declareMembers(tree, node, scope, indent, aliases) {
  const depth = scope.length;
  return [...node.members.values()].flatMap((member) => {
    checkDeclarable(member, depth);
    const name = member.path.split('.').at(-1);
    const pad = indent.repeat(depth);
    const declare = depth === 0 ? 'declare ' : '';
    const naming = namer(tree, scope, aliases);
    const inner = member.members.size === 0 ? [] : [
      `${pad}${declare}namespace ${name} {`,
      ...declareMembers(tree, member, [...scope, name], indent, aliases),
      `${pad}}`,
    ];
    if (member.declared === undefined) return inner;
    const comment = cxxComment([{ descriptor: member.declared }], pad).trimEnd();
    if (member.declared.kind === 'value_object') {
      const fields = member.declared.fields.map(
        ({ name: field, type }) => `${pad}${indent}${propertyName(field)}: ${tsType(type, false, naming)};`,
      );
      return [comment, `${pad}interface ${name} {`, ...fields, `${pad}}`, ...inner];
    }
    const body = classBody(member, depth + 1, indent, naming);
    return [comment, `${pad}${declare}class ${name} {`, ...body, `${pad}}`, ...inner];
  });
}

// A class's constructor (a private one when it has none: then `new` is a type error, as it is a
// TypeError), statics, instance methods and properties, and what every instance has.
function classBody(node, depth, indent, naming) {
  const pad = indent.repeat(depth);
  const constructors = node.constructors.map(
    (binding) => `${cxxComment([binding], pad)}${pad}constructor(${parameters(binding, naming)});`,
  );
  if (constructors.length === 0) {
    constructors.push(`${pad}/** No exported constructor: instances come from C++. */\n${pad}private constructor();`);
  }
  const statics = node.statics.map(({ descriptor }) => ({
    descriptor: { ...descriptor, path: descriptor.path.slice(node.path.length + 1) },
  }));
  const instance = [...node.instance].map(([key, bindings]) => instanceMember(propertyName(key), bindings, pad, naming));
  return [
    ...constructors,
    ...objectPrinter(indent, 'readonly ', naming).members(pathTree(statics), depth - 1, 'static readonly '),
    ...instance,
    `${pad}/** Destroys the C++ object and frees its memory; a second call does nothing. */`,
    `${pad}dispose(): void;`,
    `${pad}/** dispose(), for \`using\`. */`,
    `${pad}[${naming.global('Symbol')}.dispose](): void;`,
    `${pad}/** Whether dispose() was called. */`,
    `${pad}readonly isDisposed: boolean;`,
  ];
}

// A method, or a property from its getter and setter: readonly without a setter, one type when
// the setter takes what the getter gives, else an accessor pair.
function instanceMember(member, bindings, pad, naming) {
  const comment = cxxComment(bindings, pad);
  const method = bindings.find(({ descriptor }) => descriptor.call === 'method');
  if (method !== undefined) return `${comment}${pad}${member}(${parameters(method, naming)}): ${resultType(method, naming)};`;
  const typesOf = (call, type) => [...new Set(bindings.filter(({ descriptor }) => descriptor.call === call).map(type))];
  const read = typesOf('get', (binding) => resultType(binding, naming));
  const written = typesOf('set', ({ descriptor }) => tsType(descriptor.params[1].type, true, naming));
  if (written.length === 0) return `${comment}${pad}readonly ${member}: ${read.join(' & ')};`;
  if (read.length === 1 && written.length === 1 && read[0] === written[0]) return `${comment}${pad}${member}: ${read[0]};`;
  const getter = read.length === 0 ? [] : [`${pad}get ${member}(): ${read.join(' & ')};`];
  return `${comment}${[...getter, `${pad}set ${member}(value: ${written.join(' | ')});`].join('\n')}`;
}

// The text of app.d.ts for the module's bindings. The imports of globalThis are the environment's,
// not the program's to provide, so Imports lists those of named modules only. The classes and value
// objects are declared at the top level in the namespaces of their paths, exported as types only
// (`import type { geo } from './app.js'`, then `geo.Polygon`): no JS module holds them.
export function declarations(bindings, name) {
  const tree = declaredTree(bindings.filter(({ descriptor }) => ['class', 'value_object'].includes(descriptor.kind)));
  const exports = bindings.filter((binding) => binding.descriptor.kind === 'export' && !joinClass(tree, binding));
  // The classes that no class holds are in Exports; the others are statics of theirs.
  const outermost = (node, inClass) =>
    [...node.members.values()].flatMap((member) => {
      const isClass = member.declared?.kind === 'class';
      return [...(isClass && !inClass ? [{ descriptor: member.declared }] : []), ...outermost(member, inClass || isClass)];
    });
  const indent = '  ';
  const aliases = new Set();
  const declared = declareMembers(tree, tree, [], indent, aliases);
  const naming = namer(tree, [], aliases);
  const topLevel = [...tree.members.keys()];
  const byModule = new Map();
  for (const binding of bindings) {
    const { kind, module } = binding.descriptor;
    if (kind !== 'import' || module === undefined || onReceiver(binding.descriptor)) continue;
    if (!byModule.has(module)) byModule.set(module, []);
    byModule.get(module).push(binding);
  }
  const modules = [...byModule].map(([module, imports]) => {
    const type = objectType(imports, indent, false, naming).replaceAll('\n', `\n${indent}`);
    return `${indent}${propertyName(module)}: ${type};`;
  });
  const importLine = `import type { ${topLevel.join(', ')} } from './${name.replace(/\.wasm$/, '')}.js'`;
  const body = [
    ...(declared.length === 0 ? [] : [
      `/** The classes and value objects of ${name}, by JS path: \`${importLine}\`. */`,
      ...declared,
      ...[...aliases].map((root) => `import ${ALIAS_PREFIX}${root} = ${root};`),
      `export type { ${topLevel.join(', ')} };`,
      '',
    ]),
    `/** The exports of ${name}: the type of \`app.exports\`, given as \`instantiate<Exports>(...)\`. */`,
    `export interface Exports ${objectType([...exports, ...outermost(tree, false)], indent, true, naming)}`,
    '',
    `/** What ${name} imports from JS modules, by module: what \`modules\` or \`setModuleImports\` gives each. */`,
    `export interface Imports ${modules.length === 0 ? '{}' : `{\n${modules.join('\n')}\n}`}`,
  ].join('\n');
  const used = [...IMPORTED_NAMES].filter((type) => body.includes(`${type}<`) || body.includes(`${type}[`));
  // Symbol.dispose is in the lib of TS 5.2 and later, which a consumer's lib setting may leave out.
  const hasClasses = declared.some((line) => /^\s*(declare )?class /.test(line));
  return [
    `// Generated by jsinterop-emit-tsd from the binding descriptors of ${name}: do not edit.`,
    ...(hasClasses ? ['/// <reference lib="esnext.disposable" />'] : []),
    ...(used.length === 0 ? [] : [`import type { ${used.join(', ')} } from 'jsinterop';`]),
    '',
    body,
    '',
  ].join('\n');
}
