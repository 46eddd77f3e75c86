// docs/ is the users' reference (docs/cpp-api.md, docs/js-api.md): every public name of the C++ headers
// and of the JS package appears in it, it cites no file outside the repository, and the README's
// layout table lists every example.
//
// "Appears" means: the name, as a whole word, inside code (a `code span` or a fenced block) of some
// docs/*.md page. A member name such as `get` or `value` is an English word too, so prose does not count.
//
// C++ (runtime/include/jsinterop/*.h, the top-level headers only): a small scanner, not a C++ parser.
// It drops comments, string literals and preprocessor lines (so both branches of an #if are read),
// then walks the braces, knowing whether each `{` opens a namespace, a class or anything else (a
// function body, an initializer), and reads each declaration of
//   - namespace jsinterop and jsinterop::host, but not detail or abi (the runtime's own): classes,
//     functions, aliases (`using X =`, `using std::X;`) and concepts; a name of namespace host must
//     appear as `host::name`;
//   - the public part of those classes (after `public:`, or a struct's start): member functions,
//     aliases and static members. Constructors and operators are the class's name and are not
//     listed separately.
// Everything inside a function body or an initializer is skipped. INTERNAL lists the public names
// that are deliberately not documented (none today); HEADER_NAMES_AT_LEAST is a floor, so that a
// scanner broken by a new construct fails here rather than checking nothing.
//
// JS: the names the package's entry exports (js/src/index.js, imported), the names index.d.ts
// exports (types too: `export type|interface|class|function`), and the members of the interfaces
// and classes users touch: `InstantiateOptions` (every option of instantiate), `App` (the app
// object), `MemoryView`, `OutputSink` and `ElementArrays` (the element kinds), read from
// index.d.ts. The value exports of index.js and index.d.ts must agree.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const docsDir = join(repoRoot, 'docs');
const headerDir = join(repoRoot, 'runtime/include/jsinterop');
const dtsPath = join(repoRoot, 'js/src/index.d.ts');

// Public names that are deliberately left out of the docs (name -> why).
const INTERNAL = new Map();
const HEADER_NAMES_AT_LEAST = 40;

const docPages = readdirSync(docsDir).filter((file) => file.endsWith('.md'));

// All code of the docs: fenced blocks and inline code spans, joined.
function docsCode() {
  const parts = [];
  for (const page of docPages) {
    const text = readFileSync(join(docsDir, page), 'utf8');
    const withoutFences = text.replace(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm, (_, _fence, body) => {
      parts.push(body);
      return '\n';
    });
    for (const match of withoutFences.matchAll(/(`+)([^`][\s\S]*?)\1/g)) parts.push(match[2]);
  }
  return parts.join('\n');
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (code, name) => new RegExp(`(?<!\\w)${escape(name)}(?!\\w)`).test(code);

// --- the C++ scanner -------------------------------------------------------------------------

function stripCpp(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    .replace(/^\s*#[^\n]*(?:\\\n[^\n]*)*/gm, ' ')
    .replace(/\[\[[\s\S]*?\]\]/g, ' ');
}

// Drops leading `template <...>` heads (nested angle brackets included).
function dropTemplateHeads(text) {
  let rest = text.trim();
  for (;;) {
    const head = /^template\s*</.exec(rest);
    if (!head) return rest;
    let depth = 0;
    let index = head[0].length - 1;
    for (; index < rest.length; index++) {
      if (rest[index] === '<') depth++;
      else if (rest[index] === '>' && --depth === 0) break;
    }
    rest = rest.slice(index + 1).trim();
  }
}

const NOT_NAMES = new Set([
  'requires', 'noexcept', 'decltype', 'sizeof', 'alignof', 'static_cast', 'const_cast', 'reinterpret_cast',
  'static_assert', 'explicit', 'if', 'return',
]);

// The name a declaration (its text up to `;` or `{`) declares, with its kind; null for none.
function declaredName(statement) {
  const text = dropTemplateHeads(statement.replace(/\s+/g, ' '))
    .replace(/^(?:(?:friend|inline|static|constexpr|extern|virtual|explicit|consteval|constinit)\s+)+/, '');
  if (text === '' || /^(?:static_assert|friend)\b/.test(text)) return null;
  let match;
  if ((match = /^(?:class|struct|union|enum(?:\s+class)?)\s+(\w+)/.exec(text))) return { kind: 'class', name: match[1] };
  if ((match = /^concept\s+(\w+)/.exec(text))) return { kind: 'concept', name: match[1] };
  if ((match = /^using\s+(\w+)\s*=/.exec(text))) return { kind: 'alias', name: match[1] };
  if ((match = /^using\s+(?:\w+::)+(\w+)\s*$/.exec(text))) return { kind: 'alias', name: match[1] };
  if (/^using\s+namespace\b/.test(text)) return null;
  if (/\boperator\b/.test(text.split('(')[0])) return { kind: 'operator', name: null };
  for (const call of text.matchAll(/(?<![\w:>])((?:\w+::)*~?\w+)\s*\(/g)) {
    const name = call[1];
    if (NOT_NAMES.has(name)) continue;
    return { kind: 'function', name };
  }
  // A variable: the last identifier before `=` or the end.
  if ((match = /(\w+)\s*(?:=[\s\S]*)?$/.exec(text.replace(/\{[\s\S]*$/, '')))) return { kind: 'variable', name: match[1] };
  return null;
}

// Public names of one header: [{ name, where }], where is 'jsinterop', 'jsinterop::host' or a class.
function headerNames(source) {
  const text = stripCpp(source);
  const names = [];
  // Each scope: { kind: 'namespace', path } | { kind: 'class', name, access } | { kind: 'other' }
  const stack = [{ kind: 'namespace', path: [] }];
  let statement = '';
  const scope = () => stack[stack.length - 1];
  const publicNamespace = (path) => path[0] === 'jsinterop' && !path.includes('detail') && !path.includes('abi');

  const declare = (found) => {
    const current = scope();
    if (!found || !found.name || found.name.includes('::')) return; // a definition of something declared elsewhere
    if (current.kind === 'namespace' && publicNamespace(current.path)) {
      names.push({ name: found.name, where: current.path.join('::') });
    } else if (current.kind === 'class' && current.access === 'public' && current.exposed) {
      if (found.name === current.name || found.name === `~${current.name}`) return; // constructors
      names.push({ name: found.name, where: current.name });
    }
  };
  // Applies access labels (`public:`) in the statement so far, and returns what follows the last.
  const takeLabels = (piece) => {
    const current = scope();
    let rest = piece;
    for (const label of piece.matchAll(/\b(public|private|protected)\s*:(?!:)/g)) {
      if (current.kind === 'class') current.access = label[1];
      rest = piece.slice(label.index + label[0].length);
    }
    return rest;
  };

  for (const char of text) {
    if (scope().kind === 'other') {
      if (char === '{') stack.push({ kind: 'other' });
      else if (char === '}') {
        stack.pop();
        statement = '';
      }
      continue;
    }
    if (char === ';') {
      declare(declaredName(takeLabels(statement)));
      statement = '';
    } else if (char === '{') {
      const piece = takeLabels(statement).trim();
      statement = '';
      const namespace = /^(?:inline\s+)?namespace\s*([\w:]*)\s*$/.exec(piece);
      if (namespace) {
        const current = scope();
        const path = current.kind === 'namespace' ? current.path : [];
        stack.push({ kind: 'namespace', path: [...path, ...namespace[1].split('::').filter(Boolean)] });
        continue;
      }
      const found = declaredName(piece);
      if (found?.kind === 'class' && !/=/.test(piece)) {
        declare(found);
        const current = scope();
        const exposed =
          (current.kind === 'namespace' && publicNamespace(current.path)) ||
          (current.kind === 'class' && current.exposed && current.access === 'public');
        const isStruct = /^(?:struct|union)\b/.test(dropTemplateHeads(piece));
        stack.push({ kind: 'class', name: found.name, access: isStruct ? 'public' : 'private', exposed });
      } else {
        declare(found);
        stack.push({ kind: 'other' });
      }
    } else if (char === '}') {
      stack.pop();
      statement = '';
    } else {
      statement += char;
    }
  }
  return names;
}

function allHeaderNames() {
  const found = new Map(); // spelling to check -> where
  for (const file of readdirSync(headerDir).filter((name) => name.endsWith('.h')).sort()) {
    for (const { name, where } of headerNames(readFileSync(join(headerDir, file), 'utf8'))) {
      const spelling = where === 'jsinterop::host' ? `host::${name}` : name;
      if (!found.has(spelling)) found.set(spelling, `${file}: ${where}`);
    }
  }
  return found;
}

// --- the JS names ----------------------------------------------------------------------------

const dts = readFileSync(dtsPath, 'utf8');

// The members of `export interface|class NAME` in index.d.ts (properties, getters, methods).
function dtsMembers(typeName) {
  const start = new RegExp(`export (?:interface|class) ${typeName}\\b[^{]*\\{`).exec(dts);
  assert.ok(start, `index.d.ts declares ${typeName}`);
  let depth = 1;
  let index = start.index + start[0].length;
  const body = [];
  let line = '';
  for (; index < dts.length && depth > 0; index++) {
    const char = dts[index];
    if (char === '{') depth++;
    else if (char === '}') depth--;
    if (char === '\n') {
      body.push(line);
      line = '';
    } else if (depth === 1) line += char;
  }
  const members = new Set();
  const text = body.join('\n').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  for (const match of text.matchAll(/^\s*(?:readonly\s+|get\s+|set\s+|static\s+)*(\w+)\s*[?]?\s*[(:<]/gm)) {
    if (match[1] !== 'constructor') members.add(match[1]);
  }
  return [...members];
}

const dtsExports = [...dts.matchAll(/^export (?:declare )?(type|interface|class|function|const) (\w+)/gm)];

test('every public name of runtime/include/jsinterop/*.h appears in docs/', () => {
  const names = allHeaderNames();
  assert.ok(
    names.size >= HEADER_NAMES_AT_LEAST,
    `the scanner found only ${names.size} names (${[...names.keys()].join(', ')}): fix the scanner`,
  );
  for (const expected of ['object', 'any', 'js_error', 'result', 'unexpected', 'task', 'spawn', 'function_ref',
    'array_segment', 'memory_view_element', 'host::global_this', 'host::import_module', 'type_of', 'value_or']) {
    assert.ok(names.has(expected), `the scanner finds ${expected}`);
  }
  const code = docsCode();
  const missing = [...names].filter(([name]) => !INTERNAL.has(name) && !mentions(code, name));
  assert.deepEqual(
    missing.map(([name, where]) => `${name} (${where})`),
    [],
    'public C++ names that no docs/*.md page shows in code',
  );
});

test('every exported name of the JS package, option of instantiate and member of the app object appears in docs/', async () => {
  const entry = await import(pathToFileURL(join(repoRoot, 'js/src/index.js')).href);
  const valueExports = Object.keys(entry).sort();
  assert.deepEqual(
    valueExports,
    dtsExports.filter(([, kind]) => kind === 'function' || kind === 'class' || kind === 'const').map(([, , name]) => name).sort(),
    'index.js and index.d.ts export the same values',
  );
  const names = new Set([...valueExports, ...dtsExports.map(([, , name]) => name)]);
  const members = {
    InstantiateOptions: dtsMembers('InstantiateOptions'),
    App: dtsMembers('App'),
    MemoryView: dtsMembers('MemoryView'),
    OutputSink: dtsMembers('OutputSink'),
    ElementArrays: dtsMembers('ElementArrays'),
  };
  for (const expected of ['modules', 'baseUrl', 'args', 'env', 'programName', 'stdout', 'stderr', 'imports']) {
    assert.ok(members.InstantiateOptions.includes(expected), `index.d.ts's InstantiateOptions has ${expected}`);
  }
  for (const expected of ['exports', 'setModuleImports', 'run', 'liveHandles', 'heapInUse']) {
    assert.ok(members.App.includes(expected), `index.d.ts's App has ${expected}`);
  }
  const code = docsCode();
  const missing = [
    ...[...names].filter((name) => !mentions(code, name)),
    ...Object.entries(members).flatMap(([type, list]) =>
      list.filter((name) => !mentions(code, name)).map((name) => `${type}.${name}`),
    ),
  ];
  assert.deepEqual(missing, [], 'JS names that no docs/*.md page shows in code');
});

test('the docs cite no file outside the repository', () => {
  const pages = [...docPages.map((page) => join('docs', page)), 'README.md', 'js/README.md'];
  for (const page of pages) {
    const text = readFileSync(join(repoRoot, page), 'utf8');
    for (const outside of [/\bAPI\.md\b/, /\/work\//, /\bseed\/[\w-]+\.md\b/]) {
      assert.doesNotMatch(text, outside, `${page} cites a file outside the repository`);
    }
  }
});

test("the README's layout table lists every example", () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const row = readme.split('\n').find((line) => line.startsWith('| `examples/`'));
  assert.ok(row, "README.md's layout table has an examples/ row");
  const examples = readdirSync(join(repoRoot, 'examples'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  for (const example of examples) assert.ok(row.includes(`\`${example}/\``), `the examples/ row lists ${example}/`);
});
