// The TypeScript type of every wire type (issue 18, item 4): the TsType and TsArgument columns of
// wire_types.def, which js/src/generated/ts-types.js carries to the installed runtime, and how
// js/src/tsd.js composes them for templates. Every row, applied to an argument where it takes one,
// must give a type that tsc --strict accepts, so a new row cannot lack a working mapping.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { tsTypes } from '../../../js/src/generated/ts-types.js';
import { ELEMENT_ARRAYS } from '../../../js/src/memory-view.js';
import { LIB_GLOBALS, tsType } from '../../../js/src/tsd.js';
import { parameterType, resultType, wireTemplates } from '../../../js/src/wire.js';
import { readWireTypeTable, repoRoot } from '../../../tools/wire-table.mjs';
import { runTsc, tscProject } from './tsc.js';

const table = readWireTypeTable();

test('js/src/generated/ts-types.js is generated from the current wire_types.def', () => {
  const check = spawnSync(process.execPath, [join(repoRoot, 'tools/gen-ts-types.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
  assert.deepEqual(Object.keys(tsTypes), table.map((row) => row.name));
});

// A spelling of each row: a template around int32 (an element kind for a view; a function of an
// int32 and a string giving a string; a class or value object that compileTypes declares).
const argument = {
  span: 'int32', segment: 'int32', function: 'int32, string, string', promise: 'int32',
  instance: 'geo.Shape', instance_or_null: 'geo.Shape', value_object: 'geo.Point',
};
const spelling = (row) => (row.template ? `${row.name}<${argument[row.name] ?? 'int32'}>` : row.name);
const classDeclarations = 'declare namespace geo { class Shape { private constructor(); } interface Point { x: number } }';

// Declares each TS type as an alias in a .d.ts that imports what the types name from 'jsinterop' and
// declares a class and a value object, and compiles it with tsc --strict; returns tsc's run.
function compileTypes(types) {
  const lines = types.map((type, index) => `export type T${index} = ${type};`);
  const imports = "import type { ElementArrays, MemoryView } from 'jsinterop';";
  const project = tscProject({ 'types.d.ts': [imports, classDeclarations, ...lines, ''].join('\n') });
  try {
    return runTsc(project, 'types.d.ts');
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

test('every row of the table has a TypeScript type that tsc --strict accepts, both ways', () => {
  for (const row of table) assert.notEqual(row.tsType, '', `${row.name} has no TsType in wire_types.def`);
  const types = table.flatMap((row) => [tsType(spelling(row), false), tsType(spelling(row), true)]);
  const run = compileTypes(types);
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}\n${types.join('\n')}`);
});

// Every spelling the runtime takes as a parameter or a result, up to two templates deep: each
// template around each plain wire type (a view around each element kind; a function taking it,
// returning it, or both), and each template around those.
test('every wire type up to two templates deep has a TypeScript type that tsc --strict accepts', (t) => {
  const classTemplates = table.filter((row) => wireTemplates[row.name]?.argument === 'class');
  const plain = [...table.filter((row) => !row.template).map((row) => row.name), ...classTemplates.map(spelling)];
  const around = (inner) =>
    Object.entries(wireTemplates).flatMap(([name, template]) => {
      if (template.argument === 'element' || template.argument === 'class') return [];
      if (name === 'function') return [`function<${inner}>`, `function<${inner}, void>`, `function<int32, ${inner}>`];
      return [`${name}<${inner}>`];
    });
  const views = Object.entries(wireTemplates)
    .filter(([, template]) => template.argument === 'element')
    .flatMap(([name]) => Object.keys(ELEMENT_ARRAYS).map((element) => `${name}<${element}>`));
  const valid = (spelling) =>
    [parameterType, resultType].some((read) => {
      try {
        read(spelling);
        return true;
      } catch {
        return false;
      }
    });
  const depthOne = [...plain.flatMap(around), ...views].filter(valid);
  const spellings = [...plain, ...depthOne, ...depthOne.flatMap(around).filter(valid)];
  t.diagnostic(`${spellings.length} wire types`);
  const types = spellings.flatMap((spelling) => [tsType(spelling, false), tsType(spelling, true)]);
  const run = compileTypes(types);
  const named = run.stdout.replace(/types\.d\.ts\((\d+),/g, (match, line) => `${spellings[Math.floor((line - 3) / 2)]} ${match}`);
  assert.equal(run.status, 0, named + run.stderr);
});

test("every name in the table's TS types is a keyword, a placeholder, an import of 'jsinterop' or a global tsd.js knows", () => {
  // tsd.js writes globalThis.Date where an exported class named Date would hide the global: it must
  // know each global the table names.
  const keywords = ['boolean', 'number', 'bigint', 'string', 'object', 'unknown', 'void', 'null', 'undefined', 'readonly'];
  const known = new Set([...keywords, 'T', 'E', 'A', 'R', 'ElementArrays', 'MemoryView', ...LIB_GLOBALS]);
  const names = Object.values(tsTypes).flatMap((types) => types.join(' ').match(/[A-Za-z_$][\w$]*/g) ?? []);
  assert.deepEqual([...new Set(names)].filter((name) => !known.has(name)), []);
});

test('templates compose: T is the argument, E its element kind, A... R a function', () => {
  assert.equal(tsType('optional<int32>', false), 'number | null');
  assert.equal(tsType('optional<int32>', true), 'number | null | undefined');
  assert.equal(tsType('array<optional<string>>', false), '(string | null)[]');
  assert.equal(tsType('array<int64_bigint>', true), 'readonly bigint[]');
  assert.equal(tsType('array<array<int32>>', true), 'readonly (readonly number[])[]');
  assert.equal(tsType('span<uint8>', true), "MemoryView<'uint8'> | ElementArrays['uint8']");
  assert.equal(tsType('span<uint8>', false), "MemoryView<'uint8'>");
  assert.equal(tsType('promise<result<string>>', false), 'Promise<string>');
  assert.equal(tsType('promise<void>', true), 'void | PromiseLike<void>');
  assert.equal(tsType('promise<optional<date>>', false), 'Promise<Date | null>');
});

test("a function's parameters go the other way from its result", () => {
  // A callback JS gives C++: C++ passes its parameters to JS and takes its result.
  assert.equal(tsType('function<optional<int32>, array<string>, optional<string>>', true),
    '(arg0: number | null, arg1: string[]) => string | null | undefined');
  // A function C++ gives JS: JS passes the parameters and gets the result.
  assert.equal(tsType('function<optional<int32>, array<string>, optional<string>>', false),
    '(arg0: number | null | undefined, arg1: readonly string[]) => string | null');
  assert.equal(tsType('optional<function<void>>', false), '(() => void) | null');
  assert.equal(tsType('array<function<int32, void>>', false), '((arg0: number) => void)[]');
});
