#!/usr/bin/env node
// Writes <jsinterop/web/dom.h>: typed handles for a chosen part of the Web platform, generated from the
// Web IDL of @webref/idl parsed by webidl2. docs/web.md says what maps to what and what is left out.
// Usage: node tools/gen-web.mjs --out <include dir> [--report]
//   writes <include dir>/jsinterop/web/dom.h; --report lists every member left out, and why.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { listAll } from '@webref/idl';
import { parse } from 'webidl2';

// The interfaces asked for (docs/web.md); their ancestors come with them. Every other interface a
// member names crosses as jsinterop::object.
const roots = [
  // DOM core and events
  'EventTarget', 'Event', 'UIEvent', 'MouseEvent', 'KeyboardEvent', 'InputEvent', 'FocusEvent', 'CustomEvent',
  'Node', 'Document', 'DocumentFragment', 'Element', 'CharacterData', 'Text', 'Comment', 'Attr', 'NodeList',
  'HTMLCollection', 'DOMTokenList', 'DOMRect', 'DOMRectReadOnly', 'AbortController', 'AbortSignal',
  'CSSStyleDeclaration', 'CSSStyleProperties', 'DOMStringMap',
  // HTML: the common elements
  'HTMLElement', 'HTMLDivElement', 'HTMLSpanElement', 'HTMLParagraphElement', 'HTMLHeadingElement',
  'HTMLAnchorElement', 'HTMLImageElement', 'HTMLButtonElement', 'HTMLInputElement', 'HTMLTextAreaElement',
  'HTMLLabelElement', 'HTMLFormElement', 'HTMLSelectElement', 'HTMLOptionElement', 'HTMLUListElement',
  'HTMLOListElement', 'HTMLLIElement', 'HTMLTableElement', 'HTMLTableRowElement', 'HTMLTableCellElement',
  'HTMLBodyElement', 'HTMLCanvasElement', 'HTMLTemplateElement', 'HTMLPreElement', 'HTMLBRElement',
  'HTMLHRElement',
  // Window, its timers and frames, location and history, storage
  'Window', 'Location', 'History', 'Navigator', 'Storage',
  // fetch, URL, encoding
  'Request', 'Response', 'Headers', 'Blob', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder',
  // Canvas 2D
  'CanvasRenderingContext2D', 'CanvasGradient', 'CanvasPattern', 'TextMetrics', 'ImageData', 'Path2D',
  'DOMMatrix', 'DOMMatrixReadOnly',
];
const namespaces = ['console'];
// The specifications whose members are written. Many others add members to Window, Navigator, Document
// and Element (partial interfaces, mixins): each member is an import for the plugin to check, so they
// stay out until a use asks for them. Types (dictionaries, enums, callbacks) come from any.
const specs = new Set(['dom', 'html', 'fetch', 'url', 'encoding', 'console', 'uievents', 'cssom', 'cssom-view',
  'geometry', 'FileAPI', 'hr-time', 'webidl', 'streams']);
// Event handler attributes (onclick, ...): about 300 setters over Window, Document and HTMLElement that
// addEventListener already covers.
// Members left out on purpose, and why (docs/web.md).
const leftOut = {
  'EventTarget.removeEventListener': 'each call makes a new JS function of a std::function, never the one added: ' +
    'remove a listener with AddEventListenerOptions.signal and AbortController',
};
const isEventHandler = (type) => ['EventHandler', 'OnErrorEventHandler', 'OnBeforeUnloadEventHandler'].includes(type);

const keywords = new Set(`alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t
  char16_t char32_t class compl concept const consteval constexpr constinit const_cast continue co_await co_return
  co_yield decltype default delete do double dynamic_cast else enum explicit export extern false float for friend
  goto if inline int long mutable namespace new noexcept not not_eq nullptr operator or or_eq private protected
  public register reinterpret_cast requires return short signed sizeof static static_assert static_cast struct
  switch template this thread_local throw true try typedef typeid typename union unsigned using virtual void
  volatile wchar_t while xor xor_eq assert errno self js_handle used_empty dispose disposed js_class`.split(/\s+/));

const snake = (name) => {
  const s = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9_]/g, '_').toLowerCase();
  const safe = /^[0-9]/.test(s) || s === '' ? `_${s}` : s;
  return keywords.has(safe) ? `${safe}_` : safe;
};

// ---- The IDL: every definition, partials and mixins merged into their interface.
async function loadIdl() {
  const defs = [];
  for (const [spec, file] of Object.entries(await listAll())) {
    for (const d of parse(await file.text())) {
      const isMembers = d.partial || d.type === 'interface mixin' || d.type === 'includes';
      if (!isMembers || specs.has(spec)) defs.push(d);
    }
  }
  const byName = new Map();
  const mixins = new Map();
  const includes = [];
  for (const d of defs) {
    if (d.type === 'includes') { includes.push(d); continue; }
    const table = d.type === 'interface mixin' ? mixins : byName;
    // webidl2's nodes keep name, type and the rest behind getters: copied here by name.
    const { type, name, inheritance, idlType, arguments: args, values } = d;
    const record = { type, name, inheritance, idlType, arguments: args, values, members: [...(d.members ?? [])] };
    const have = table.get(name);
    if (!have) table.set(name, record);
    else if (d.partial) have.members.push(...record.members);
    else table.set(name, { ...record, members: [...have.members, ...record.members] });
  }
  for (const { target, includes: mixin } of includes) {
    const into = byName.get(target);
    if (into && mixins.has(mixin)) into.members.push(...mixins.get(mixin).members);
  }
  const version = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@webref/idl/package.json'))).version;
  return { byName, version };
}

const numeric = {
  boolean: 'bool', byte: 'std::int8_t', octet: 'std::uint8_t', short: 'std::int16_t',
  'unsigned short': 'std::uint16_t', long: 'std::int32_t', 'unsigned long': 'std::uint32_t',
  // 64-bit integers are JS numbers in these APIs (timestamps, sizes): a double holds them exactly to 2^53.
  'long long': 'double', 'unsigned long long': 'double',
  float: 'double', 'unrestricted float': 'double', double: 'double', 'unrestricted double': 'double',
};
const strings = new Set(['DOMString', 'USVString', 'ByteString', 'CSSOMString']);
// JS built-ins without an interface of their own in Web IDL: they cross as objects.
const builtinObjects = new Set(['object', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Int8Array',
  'Int16Array', 'Int32Array', 'Uint8Array', 'Uint16Array', 'Uint32Array', 'Uint8ClampedArray', 'BigInt64Array',
  'BigUint64Array', 'Float16Array', 'Float32Array', 'Float64Array']);

class Generator {
  constructor(idl) {
    this.idl = idl.byName;
    this.version = idl.version;
    this.interfaces = new Map(); // name -> definition, the ones generated as typed handles
    this.enums = new Map();
    this.dictionaries = new Map();
    this.skipped = [];
    for (const root of roots) this.addInterface(root);
  }

  addInterface(name) {
    if (this.interfaces.has(name)) return;
    const def = this.idl.get(name);
    if (!def || def.type !== 'interface') throw new Error(`gen-web: no interface ${name} in @webref/idl`);
    if (def.inheritance) this.addInterface(def.inheritance);
    this.interfaces.set(name, def);
  }

  skip(where, why) {
    this.skipped.push(`${where}: ${why}`);
  }

  // A typedef resolved, as a plain object (webidl2's nodes keep their fields behind getters); nullable is
  // kept from the outer type.
  resolve(node) {
    const plainType = ({ generic, nullable, union, idlType }) =>
      ({ generic, nullable, union, idlType: Array.isArray(idlType) ? idlType.map(plainType) : idlType });
    let t = plainType(node);
    while (!t.union && !t.generic && this.idl.get(t.idlType)?.type === 'typedef') {
      const inner = plainType(this.idl.get(t.idlType).idlType);
      t = { ...inner, nullable: t.nullable || inner.nullable };
    }
    return t;
  }

  // The alternatives of a union, flattened; an interface that is not generated is dropped when some other
  // alternative is (Element.setAttribute takes TrustedType or DOMString: the string is kept).
  alternatives(t) {
    const flat = [];
    const walk = (u) => {
      for (const a of u.idlType) {
        const r = this.resolve(a);
        if (r.union) walk(r);
        else flat.push(r);
      }
    };
    walk(t);
    const known = flat.filter((a) => a.generic || !this.isForeignInterface(a.idlType));
    return known.length ? known : flat.slice(0, 1);
  }

  isForeignInterface(name) {
    const d = this.idl.get(name);
    return builtinObjects.has(name) || (d?.type === 'interface' && !this.interfaces.has(name));
  }

  // The C++ mapping of an IDL type at a position: 'param' (of an import), 'result', 'value' (a dictionary
  // member, a callback's parameter, an element of a sequence or promise). Returns
  // { cpp: the C++ API's type, wire: the import's type, to: expr => the import's argument, from: expr =>
  // the API's result }, an array of them for a union parameter (one overload each), or null.
  map(t0, pos) {
    const t = this.resolve(t0);
    if (t.union) {
      if (pos !== 'param') return this.plain('jsinterop::any');
      const each = this.alternatives(t).map((a) => this.map({ ...a, nullable: a.nullable || t.nullable }, pos));
      return each.some((m) => m === null) ? null : each.flat();
    }
    if (t.nullable) {
      // A nullable callback is a std::function: C++ gives a function, never null.
      if (['callback', 'callback interface'].includes(this.idl.get(t.idlType)?.type)) return this.map({ ...t, nullable: false }, pos);
      const inner = this.map({ ...t, nullable: false }, pos === 'param' ? 'value' : pos);
      if (inner?.handle && pos === 'result') {
        return { cpp: `std::optional<${inner.handle}>`, wire: 'std::optional<jsinterop::object>', from: inner.from };
      }
      if (!inner || Array.isArray(inner) || !inner.identity) return null;
      if (inner.cpp === 'jsinterop::any') return inner;
      return this.plain(`std::optional<${inner.cpp}>`);
    }
    const g = t.generic;
    if (g === 'sequence' || g === 'FrozenArray' || g === 'ObservableArray') {
      const inner = this.map(t.idlType[0], 'value');
      if (!inner || Array.isArray(inner) || !inner.identity || inner.callback) return null;
      return this.plain(`std::vector<${inner.cpp}>`, pos);
    }
    if (g === 'Promise') {
      if (pos !== 'result') return null;
      if (this.resolve(t.idlType[0]).idlType === 'undefined') return this.plain('jsinterop::task<void>');
      const inner = this.map(t.idlType[0], 'value');
      if (!inner || Array.isArray(inner) || !inner.identity || inner.callback) return null;
      return this.plain(`jsinterop::task<${inner.cpp}>`);
    }
    if (g === 'record') return this.plain('jsinterop::object', pos);
    if (g) return null;
    const name = t.idlType;
    // WindowProxy (window.self, window.top, document.defaultView) is the Window behind its proxy.
    if (name === 'WindowProxy') return this.handle(this.interfaces.has('Window') ? 'Window' : 'jsinterop::object', pos);
    if (name === 'undefined') return pos === 'result' ? this.plain('void') : null;
    if (name in numeric) return this.plain(numeric[name]);
    if (strings.has(name)) {
      return pos === 'param' ? { cpp: 'std::string_view', wire: 'std::string_view', to: (e) => e, from: (e) => e, identity: true }
        : this.plain('std::string');
    }
    if (name === 'any') return this.plain('jsinterop::any', pos);
    if (builtinObjects.has(name)) return this.plain('jsinterop::object', pos);
    const def = this.idl.get(name);
    if (!def) return null;
    if (def.type === 'interface') return this.handle(this.interfaces.has(name) ? name : 'jsinterop::object', pos);
    if (def.type === 'enum') {
      this.enums.set(name, def);
      return pos === 'param'
        ? { cpp: name, wire: 'std::string_view', to: (e) => `web::to_string(${e})`, from: null }
        : { cpp: name, wire: 'std::string', to: null, from: (e) => `detail::enum_from_js<${name}>(${e})` };
    }
    if (def.type === 'dictionary') {
      if (pos !== 'param' && pos !== 'value') return null;
      if (!this.addDictionary(name)) return null;
      return pos === 'param'
        ? { cpp: `const ${name} &`, wire: 'const jsinterop::object &', to: (e) => `${e}.to_js()`, dictionary: name }
        : { cpp: name, dictionary: name };
    }
    if (def.type === 'callback' || def.type === 'callback interface') return this.callback(def, pos);
    return null;
  }

  // A typed handle crosses an import as jsinterop::object, its base: the imports of all interfaces then
  // share a few signatures, each of which the plugin and Sema work out once (docs/web.md, compile time).
  handle(name, pos) {
    if (name === 'jsinterop::object' || pos === 'value') return this.plain(name, pos);
    if (pos === 'param') return { cpp: `const ${name} &`, wire: 'const jsinterop::object &', to: (e) => e, from: (e) => e, identity: true };
    return { cpp: name, wire: 'jsinterop::object', from: (e) => `detail::as<${name}>(${e})`, handle: name };
  }

  plain(cpp, pos) {
    const heavy = /^(std::vector|jsinterop::)/.test(cpp) && !cpp.startsWith('jsinterop::task');
    const type = pos === 'param' && heavy ? `const ${cpp} &` : cpp;
    return { cpp: type, wire: type, to: (e) => e, from: (e) => e, identity: true };
  }

  // A callback (or a callback interface of one operation, as EventListener) is a std::function that JS gets
  // as a function; what it returns to JS is dropped when the IDL says any (event handlers).
  callback(def, pos) {
    if (pos !== 'param') return null;
    const op = def.type === 'callback' ? def : def.members.filter((m) => m.type === 'operation');
    const sig = Array.isArray(op) ? (op.length === 1 ? op[0] : null) : op;
    if (!sig) return null;
    const ret = this.resolve(sig.idlType);
    const r = ret.idlType === 'any' || ret.idlType === 'undefined' ? { cpp: 'void' } : this.map(sig.idlType, 'value');
    const args = sig.arguments.filter((a) => !a.variadic).map((a) => this.map(a.idlType, 'value'));
    if (!r || !r.identity && r.cpp !== 'void' || args.some((a) => !a || Array.isArray(a) || !a.identity)) return null;
    const type = `std::function<${r.cpp}(${args.map((a) => a.cpp).join(', ')})>`;
    return { cpp: `const ${type} &`, wire: `const ${type} &`, to: (e) => e, from: null, identity: true, callback: true };
  }

  addDictionary(name) {
    if (this.dictionaries.has(name)) return this.dictionaries.get(name) !== false;
    this.dictionaries.set(name, false); // no recursion through itself
    const fields = [];
    for (let d = this.idl.get(name); d; d = d.inheritance && this.idl.get(d.inheritance)) {
      for (const f of d.members) {
        const m = this.map(f.idlType, 'value');
        if (!m || Array.isArray(m) || m.callback || (!m.identity && !m.dictionary && !this.enums.has(m.cpp))) {
          this.skip(`${name}.${f.name}`, 'a dictionary member of a type that object::set cannot write');
          continue;
        }
        fields.push({ js: f.name, cpp: snake(f.name), type: m.cpp, dictionary: m.dictionary });
      }
    }
    this.dictionaries.set(name, { name, fields });
    return true;
  }

  // ---- Members: every interface's members as C++ declarations, wrappers and imports.
  build() {
    this.structs = [];
    for (const def of this.interfaces.values()) this.structs.push(this.buildStruct(def.name, def, false));
    for (const name of namespaces) this.structs.push(this.buildStruct(name, this.idl.get(name), true));
    return this;
  }

  buildStruct(name, def, isNamespace) {
    const s = { name, base: def.inheritance, isNamespace, consts: [], functions: [], names: new Map() };
    const claim = (cppName, owner) => {
      const had = s.names.get(cppName);
      if (had && had !== owner) return false;
      s.names.set(cppName, owner);
      return true;
    };
    for (const m of def.members) {
      const where = `${name}.${m.name ?? m.type}`;
      if (leftOut[where]) { this.skip(where, leftOut[where]); continue; }
      if (m.extAttrs?.some((a) => a.name === 'HTMLConstructor')) {
        this.skip(where, 'an element\'s constructor is for custom elements only: Document::create_element');
        continue;
      }
      if (m.type === 'const') {
        if (m.value.type === 'number' && claim(m.name, m)) s.consts.push(`static constexpr ${numeric[m.idlType.idlType]} ${m.name} = ${m.value.value};`);
      } else if (m.type === 'attribute') {
        if (isEventHandler(m.idlType.idlType)) { this.skip(where, 'an event handler attribute: addEventListener'); continue; }
        const isStatic = m.special === 'static' || isNamespace;
        const path = isStatic || isNamespace ? `${name}.${m.name}` : m.name;
        const getter = this.map(m.idlType, 'result');
        if (getter && !getter.callback) {
          const cppName = snake(m.name);
          if (claim(cppName, m)) this.addFunction(s, { cppName, kind: 'getter', path, isStatic, params: [], result: getter, js: m.name });
          else this.skip(where, `its C++ name ${cppName} is taken`);
        } else this.skip(`${where} (read)`, 'a type with no C++ mapping as a result');
        if (!m.readonly) {
          const setter = this.map(m.idlType, 'param');
          const cppName = `set_${snake(m.name).replace(/_$/, '')}`;
          if (!setter) this.skip(`${where} (write)`, 'a type with no C++ mapping as a parameter');
          else if (!claim(cppName, m)) this.skip(`${where} (write)`, `its C++ name ${cppName} is taken`);
          else {
            for (const v of [setter].flat()) {
              this.addFunction(s, { cppName, kind: 'setter', path, isStatic, params: [{ name: 'value', map: v }], result: { cpp: 'void', wire: 'void' }, js: m.name });
            }
          }
        }
      } else if (m.type === 'operation' || m.type === 'constructor') {
        if (m.type === 'operation' && !m.name) { this.skip(where, 'an unnamed special operation (indexed or named access, stringifier)'); continue; }
        const isCtor = m.type === 'constructor';
        const isStatic = isCtor || m.special === 'static' || isNamespace;
        const cppName = isCtor ? 'create' : snake(m.name);
        if (!claim(cppName, isCtor ? 'constructor' : m.name)) { this.skip(where, `its C++ name ${cppName} is taken`); continue; }
        const result = isCtor ? this.handle(name, 'result') : this.map(m.idlType, 'result');
        if (!result || result.callback) { this.skip(where, 'a result type with no C++ mapping'); continue; }
        const kind = isCtor ? 'constructor' : isStatic ? 'static' : 'method';
        const path = isCtor ? name : isStatic ? `${name}.${m.name}` : m.name;
        for (const params of this.arities(m.arguments, where)) {
          this.addFunction(s, { cppName, kind, path, isStatic, params, result, js: m.name ?? 'constructor' });
        }
      } else {
        this.skip(where, `${m.type} declarations (iterable, maplike, setlike): iterate with jsinterop::object`);
      }
    }
    return s;
  }

  // An operation's overloads: one per count of optional arguments given (a JS function sees a missing
  // argument as undefined, which C++ cannot pass), a variadic argument given once, and one per
  // alternative of a union argument (at most 8 per operation: beyond, the union is jsinterop::any).
  arities(args, where) {
    const mapped = [];
    for (const a of args) {
      let m = this.map(a.idlType, 'param');
      if (Array.isArray(m) && m.length === 1) m = m[0];
      if (!m) { this.skip(where, `argument ${a.name}: a type with no C++ mapping`); break; }
      mapped.push({ name: snake(a.name), map: m, optional: a.optional || a.variadic });
    }
    if (mapped.length < args.length && !args[mapped.length].optional && !args[mapped.length].variadic) return [];
    const lists = [];
    const required = mapped.findIndex((p) => p.optional);
    for (let n = required < 0 ? mapped.length : required; n <= mapped.length; ++n) {
      let combos = [[]];
      for (const p of mapped.slice(0, n)) {
        const alts = Array.isArray(p.map) ? p.map : [p.map];
        combos = combos.flatMap((c) => alts.map((alt) => [...c, { name: p.name, map: alt }]));
      }
      if (combos.length > 8) combos = [mapped.slice(0, n).map((p) => ({ name: p.name, map: Array.isArray(p.map) ? this.plain('jsinterop::any', 'param') : p.map }))];
      lists.push(...combos);
    }
    return lists;
  }

  addFunction(s, f) {
    const signature = f.params.map((p) => p.map.cpp).join(',');
    s.seen ??= new Set();
    if (s.seen.has(`${f.cppName}(${signature})`)) return; // two IDL overloads with one C++ signature
    s.seen.add(`${f.cppName}(${signature})`);
    f.id = `${s.name}_${f.cppName}_${s.functions.filter((g) => g.cppName === f.cppName).length}`;
    s.functions.push(f);
  }

  // ---- The header.
  render() {
    const out = [];
    const w = (line = '') => out.push(line);
    w(`// Generated by tools/gen-web.mjs from @webref/idl ${this.version}: do not edit. What maps to what: docs/web.md.`);
    w('#ifndef JSINTEROP_WEB_DOM_H');
    w('#define JSINTEROP_WEB_DOM_H');
    w();
    for (const h of ['jsinterop/jsinterop.h', 'cstdint', 'functional', 'optional', 'string', 'string_view', 'vector']) w(`#include <${h}>`);
    w();
    w('namespace jsinterop::web {');
    w();
    w('namespace detail {');
    w('template <class E> struct enum_values;');
    w('// A string from JS as an enum: a value the IDL does not list ends the program, naming both.');
    w('template <class E> E enum_from_js(std::string_view value) {');
    w('  const auto &values = enum_values<E>::values;');
    w('  for (std::size_t i = 0; i < std::size(values); ++i)');
    w('    if (values[i] == value) return static_cast<E>(i);');
    w('  jsinterop::detail::fatal("jsinterop::web: \\"" + std::string(value) + "\\" is not a value of " + std::string(enum_values<E>::name));');
    w('}');
    w('// An import\'s object as the typed handle its IDL type names (the imports take and return objects).');
    w('template <class T> T as(jsinterop::object value) { return T(std::move(value.js_handle())); }');
    w('template <class T> std::optional<T> as(std::optional<jsinterop::object> value) {');
    w('  return value ? std::optional<T>(as<T>(std::move(*value))) : std::nullopt;');
    w('}');
    w('} // namespace detail');
    w();
    for (const e of [...this.enums.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      const used = new Set();
      const names = e.values.map(({ value }, i) => {
        const n = value === '' ? 'empty' : snake(value);
        return used.has(n) ? `${n}_${i}` : (used.add(n), n);
      });
      w(`enum class ${e.name} { ${names.join(', ')} };`);
      w(`template <> struct detail::enum_values<${e.name}> {`);
      w(`  static constexpr std::string_view name = "${e.name}";`);
      w(`  static constexpr std::string_view values[] = {${e.values.map((v) => JSON.stringify(v.value)).join(', ')}};`);
      w('};');
      w(`constexpr std::string_view to_string(${e.name} value) { return detail::enum_values<${e.name}>::values[static_cast<std::size_t>(value)]; }`);
    }
    w();
    const handles = this.structs.filter((s) => !s.isNamespace);
    for (const s of handles) w(`struct ${s.name};`);
    for (const d of this.orderedDictionaries()) w(`struct ${d.name};`);
    w();
    // Structs in inheritance order; every member is declared here and defined at the end, where every
    // type it names is complete. Members are templates (of an unused parameter) so that a file marks
    // used, and the plugin lowers, only the imports of the members it calls (docs/web.md).
    const ancestorsNames = (s) => {
      const names = new Set();
      for (let b = s.base; b; b = this.interfaces.get(b).inheritance) {
        for (const f of this.structs.find((x) => x.name === b).functions) names.add(f.cppName);
      }
      return names;
    };
    for (const s of handles) {
      w(`struct ${s.name} : ${s.base ?? 'jsinterop::object'} {`);
      w(`  using ${s.base ?? 'object'}::${s.base ?? 'object'};`);
      w(`  static constexpr std::string_view js_class = "${s.name}";`);
      for (const c of s.consts) w(`  ${c}`);
      const inherited = ancestorsNames(s);
      for (const n of new Set(s.functions.map((f) => f.cppName))) {
        if (inherited.has(n) && n !== 'create') w(`  using ${s.base}::${n};`);
      }
      for (const f of s.functions) w(`  template <class = void> ${this.declaration(f)};`);
      w('};');
    }
    w();
    for (const d of this.orderedDictionaries()) {
      w(`struct ${d.name} {`);
      for (const f of d.fields) w(`  std::optional<${f.type}> ${f.cpp};`);
      w('  jsinterop::object to_js() const {');
      w('    jsinterop::object js = jsinterop::object::create();');
      for (const f of d.fields) {
        const value = f.dictionary ? `${f.cpp}->to_js()` : this.enums.has(f.type) ? `std::string(web::to_string(*${f.cpp}))` : `*${f.cpp}`;
        w(`    if (${f.cpp}) js.set("${f.js}", ${value});`);
      }
      w('    return js;');
      w('  }');
      w('};');
    }
    w();
    w('namespace detail {');
    for (const s of this.structs) {
      for (const f of s.functions) w(this.importDeclaration(s, f));
    }
    w('} // namespace detail');
    w();
    for (const s of handles) {
      for (const f of s.functions) w(`template <class> ${this.declaration(f, `${s.name}::`)} { ${this.body(f)} }`);
    }
    for (const s of this.structs.filter((x) => x.isNamespace)) {
      w(`namespace ${s.name} {`);
      for (const f of s.functions) w(`template <class = void> ${this.declaration(f, '', true)} { ${this.body(f)} }`);
      w(`} // namespace ${s.name}`);
    }
    w();
    w('// The page\'s window and document (in Node, window() needs globalThis.window = globalThis).');
    w('[[jsinterop::import("window"), jsinterop::getter]] Window window();');
    w('[[jsinterop::import("document"), jsinterop::getter]] Document document();');
    w();
    w('} // namespace jsinterop::web');
    w();
    w('#endif');
    return `${out.join('\n')}\n`;
  }

  // In the class (scope ''), out of it (scope 'Name::'), or in a namespace (free).
  declaration(f, scope = '', free = false) {
    const params = f.params.map((p) => `${p.map.cpp.endsWith('&') ? p.map.cpp : `${p.map.cpp} `}${p.name}`).join(', ');
    const prefix = f.isStatic && scope === '' && !free ? 'static ' : '';
    const suffix = f.isStatic || free ? '' : ' const';
    return `${prefix}${f.result.cpp} ${scope}${f.cppName}(${params})${suffix}`;
  }

  importDeclaration(s, f) {
    const kind = { method: 'jsinterop::method', getter: 'jsinterop::getter', setter: 'jsinterop::setter', constructor: 'jsinterop::constructor' }[f.kind];
    const attr = `[[jsinterop::import("${f.path}")${kind ? `, ${kind}` : ''}]]`;
    const receiver = f.isStatic ? [] : ['const jsinterop::object &self'];
    const params = [...receiver, ...f.params.map((p) => `${p.map.wire.endsWith('&') ? p.map.wire : `${p.map.wire} `}${p.name}`)];
    return `${attr} ${f.result.wire} ${f.id}(${params.join(', ')});`;
  }

  body(f) {
    const args = [...(f.isStatic ? [] : ['*this']), ...f.params.map((p) => p.map.to(p.name))];
    const call = `detail::${f.id}(${args.join(', ')})`;
    return f.result.cpp === 'void' ? `${call};` : `return ${f.result.from(call)};`;
  }

  // Dictionaries whose members hold other dictionaries come after them.
  orderedDictionaries() {
    const done = new Set();
    const order = [];
    const visit = (d) => {
      if (done.has(d.name)) return;
      done.add(d.name);
      for (const f of d.fields) if (f.dictionary) visit(this.dictionaries.get(f.dictionary));
      order.push(d);
    };
    for (const d of this.dictionaries.values()) if (d) visit(d);
    return order;
  }
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
if (outIndex < 0 || !args[outIndex + 1]) {
  console.error('usage: gen-web.mjs --out <include dir> [--report]');
  process.exit(1);
}
const generator = new Generator(await loadIdl()).build();
const header = generator.render();
const dir = join(args[outIndex + 1], 'jsinterop/web');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'dom.h'), header);
if (args.includes('--report')) {
  const imports = generator.structs.reduce((n, s) => n + s.functions.length, 2);
  console.log(`${generator.interfaces.size} interfaces, ${imports} imports, ${generator.enums.size} enums, ` +
    `${[...generator.dictionaries.values()].filter(Boolean).length} dictionaries, ${header.length} bytes; left out:`);
  for (const line of generator.skipped) console.log(`  ${line}`);
}
