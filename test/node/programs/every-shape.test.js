// Whatever the checker accepts must load (issue 16, item 7). Candidate types are generated from the
// type table (wire_types.def): every scalar wire type under each of its C++ spellings, each
// template of the table around every scalar and void, and each template around each template of a
// few scalars. The checker itself (a check-only compile) picks those it accepts as an import's and
// an export's parameter and result; one program then has all of them, instantiate() must accept
// every descriptor, and every export must appear in app.exports. What each shape does at run time
// is the conformance and property tests' concern.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { readWireTypeTable } from '../../../tools/wire-table.mjs';
import { compileProgram, repoRoot } from '../lib/toolchain.js';
import { classTemplates, marshalAs, prologue, scalars, voidShape } from '../property/wire-shapes.js';

const table = readWireTypeTable();
const templateRow = (name) => {
  const row = table.find((candidate) => candidate.template && candidate.name === name);
  if (!row) throw new Error(`wire_types.def has no template ${name}`);
  return row;
};
// A template row's C++ spellings with one argument: `std::optional<T>` -> (T) => `std::optional<int>`.
const spellings = (name) =>
  templateRow(name)
    .cxxTypes.split(', ')
    .map((spelling) => /^[\w:]+<T>$/.exec(spelling)?.[0])
    .filter(Boolean)
    .map((pattern) => (inner) => pattern.replace('<T>', `<${inner}>`));
// The callable templates (std::function<R(A...)>, function_ref<R(A...)>), by name.
const callables = templateRow('function')
  .cxxTypes.split(', ')
  .map((spelling) => /^([\w:]+)<R\(A\.\.\.\)>/.exec(spelling)?.[1])
  .filter(Boolean);
if (callables.length === 0) throw new Error('wire_types.def: no callable template in the function row');

// A C++ type and the marshal_as it needs (the 64-bit integers' choice), or undefined.
const type = (cxx, keyword) => ({ cxx, keyword });
// The templates around a type: each takes { cxx, keyword } and gives the wrapped one.
const wrappers = [
  ...['optional', 'result'].flatMap((name) => spellings(name).map((apply) => (t) => type(apply(t.cxx), t.keyword))),
  ...spellings('array').map((apply) => (t) => type(apply(t.cxx), t.keyword && `array<${t.keyword}>`)),
  ...spellings('promise').map((apply) => (t) => type(apply(t.cxx), t.keyword && `promise<${t.keyword}>`)),
  // A typed array holds 64-bit integers as BigInts only: a view needs no marshal_as.
  ...['span', 'segment'].flatMap((name) => spellings(name).map((apply) => (t) => type(apply(t.cxx)))),
  ...callables.flatMap((callable) => [
    (t) => type(`${callable}<${t.cxx}()>`, t.keyword && `function<${t.keyword}>`),
    (t) => type(`${callable}<void(${t.cxx})>`, t.keyword && `function<${t.keyword}, void>`),
  ]),
];

// Every C++ spelling of every scalar row (`unsigned, std::uint32_t, std::size_t`,
// `std::string_view (parameters only)`, ...).
const leaves = scalars.flatMap((scalar) => {
  const row = table.find((candidate) => !candidate.template && candidate.name === scalar.wire);
  const others = row.cxxTypes
    .split(', ')
    .map((spelling) => spelling.replace(/ \(parameters only\)$/, ''))
    .filter((cxx) => /^[\w:*]+$/.test(cxx) && cxx !== scalar.cxx);
  return [type(scalar.cxx, scalar.keyword), ...others.map((cxx) => type(cxx, scalar.keyword))];
});
const leaf = (wire) => {
  const scalar = scalars.find((candidate) => candidate.wire === wire);
  if (!scalar) throw new Error(`no scalar wire type ${wire}`);
  return type(scalar.cxx, scalar.keyword);
};
const voidType = type(voidShape.cxx);
// Templates around the first spelling of each scalar (another spelling of one of them would be the
// same C++ type, which C++ reports once when it refuses it).
const firstSpellings = scalars.map((scalar) => type(scalar.cxx, scalar.keyword));
const depthOne = [...firstSpellings, voidType].flatMap((inner) => wrappers.map((wrap) => wrap(inner)));
const depthTwo = ['int32', 'int64_bigint', 'string'].flatMap((wire) =>
  wrappers.flatMap((outer) => wrappers.map((inner) => outer(inner(leaf(wire))))),
);
const candidates = [...new Map([...leaves, voidType, ...depthOne, ...depthTwo].map((t) => [`${t.cxx} ${t.keyword}`, t])).values()];

const parameter = ({ cxx, keyword }) => `${keyword ? `[[${marshalAs(keyword)}]] ` : ''}${cxx}`;
const attributes = (binding, keyword) => [binding, marshalAs(keyword)].filter(Boolean).join(', ');
// The four places of a type, one line each: import parameter, import result, export parameter,
// export result. The exports never run: a body that traps fits every result type.
const places = [
  (t, i) => `[[jsinterop::import("p${i}", "EveryShape")]] void import_p${i}(${parameter(t)});`,
  (t, i) => `[[${attributes(`jsinterop::import("r${i}", "EveryShape")`, t.keyword)}]] ${t.cxx} import_r${i}();`,
  (t, i) => `[[jsinterop::export]] void export_p${i}(${parameter(t)}) { __builtin_trap(); }`,
  (t, i) => `[[${attributes('jsinterop::export', t.keyword)}]] ${t.cxx} export_r${i}() { __builtin_trap(); }`,
];

// The lines of candidates the checker accepts, as { place, index, type, text }. Each candidate's
// lines follow an alias of its type: a type C++ itself refuses (array_segment<bool>, say) is
// reported there, once per spelling, and every line of that spelling is dropped.
function accepted() {
  const header = prologue.split('\n');
  const lines = candidates.flatMap((t, index) => [
    { place: -1, index, type: t, text: `using candidate_${index} = ${t.cxx};` },
    ...places.map((write, place) => ({ place, index, type: t, text: write(t, index) })),
  ]);
  const driver = join(process.env.JSINTEROP_BUILD ?? join(repoRoot, 'build'), 'bin/jsinterop-clang++');
  let diagnostics = '';
  try {
    const flags = ['-fsyntax-only', '-fplugin-arg-jsinterop-check-only', '-ferror-limit=0', '-fno-caret-diagnostics'];
    execFileSync(driver, [...flags, '-x', 'c++', '-'], {
      input: [...header, ...lines.map(({ text }) => text)].join('\n'),
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 1 << 28, // megabytes of errors and notes
    });
  } catch (error) {
    diagnostics = String(error.stderr);
  }
  const rejected = new Set(
    [...diagnostics.matchAll(/^<stdin>:(\d+):\d+: error:/gm)].map((match) => lines[Number(match[1]) - header.length - 1]),
  );
  const invalidTypes = new Set([...rejected].filter((line) => line.place === -1).map((line) => line.type.cxx));
  return lines.filter((line) => line.place >= 0 && !rejected.has(line) && !invalidTypes.has(line.type.cxx));
}

let program; // { imports, exports }: the accepted lines
let app;

before(async () => {
  program = accepted();
  const imports = program.filter(({ place }) => place < 2);
  const exports = program.filter(({ place }) => place >= 2);
  const importName = ({ place, index }) => `import_${place === 0 ? 'p' : 'r'}${index}`;
  const source = [
    prologue,
    'namespace every {',
    ...program.map(({ text }) => text),
    // Every import is in the module: its address is taken (and nothing calls it).
    '[[jsinterop::export]] int import_count() {',
    `  void *all[] = {${imports.map((line) => `reinterpret_cast<void *>(&${importName(line)})`).join(', ')}};`,
    '  int count = 0;',
    '  for (void *address : all) count += address != nullptr;',
    '  return count;',
    '}',
    '}',
  ].join('\n');
  const wasm = compileProgram(source, 'every-shape');
  const paths = imports.map(({ place, index }) => `${place === 0 ? 'p' : 'r'}${index}`);
  const EveryShape = Object.fromEntries(paths.map((path) => [path, () => {}]));
  app = await instantiate(wasm, { modules: { EveryShape } });
  program.exportNames = exports.map(({ place, index }) => `export_${place === 2 ? 'p' : 'r'}${index}`);
  program.importCount = imports.length;
});

const placeNames = ['an import parameter', 'an import result', 'an export parameter', 'an export result'];

test('the checker accepts every wire type of the table where it may stand', () => {
  const acceptedAt = (place, fits) => program.some((line) => line.place === place && fits(line.type.cxx));
  for (const scalar of scalars) {
    for (const place of [0, 1, 2, 3]) assert.ok(acceptedAt(place, (cxx) => cxx === scalar.cxx), `${scalar.cxx} as ${placeNames[place]}`);
  }
  // The class templates need classes of the program's own: test/node/classes/ drives them.
  for (const row of table.filter((candidate) => candidate.template && !classTemplates.includes(candidate.name))) {
    const names = row.cxxTypes.split(', ').map((spelling) => spelling.split('<')[0]);
    const ofRow = (cxx) => names.some((name) => cxx.startsWith(`${name}<`));
    // A result<T> is only a result, a span only a parameter.
    const places = row.name === 'result' ? [1, 3] : row.name === 'span' ? [0, 2] : [0, 1, 2, 3];
    for (const place of places) assert.ok(acceptedAt(place, ofRow), `${row.name} as ${placeNames[place]}`);
  }
});

test('every accepted shape loads, and every export appears in app.exports', () => {
  for (const name of program.exportNames) assert.equal(typeof app.exports.every[name], 'function', name);
  assert.equal(app.exports.every.import_count(), program.importCount);
});
