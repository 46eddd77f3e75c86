// The TypeScript type of every wire type (issue 18, item 4): the TsType and TsArgument columns of
// wire_types.def, which js/src/generated/ts-types.js carries to the installed runtime, and how
// js/src/tsd.js composes them for templates. Every row, applied to an argument where it takes one,
// must give a type that tsc --strict accepts, so a new row cannot lack a working mapping.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { tsTypes } from '../../../js/src/generated/ts-types.js';
import { ELEMENT_ARRAYS } from '../../../js/src/memory-view.js';
import { tsType } from '../../../js/src/tsd.js';
import { parameterType, resultType, wireTemplates } from '../../../js/src/wire.js';
import { readWireTypeTable, repoRoot } from '../../../tools/wire-table.mjs';

const table = readWireTypeTable();

test('js/src/generated/ts-types.js is generated from the current wire_types.def', () => {
  const check = spawnSync(process.execPath, [join(repoRoot, 'tools/gen-ts-types.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
  assert.deepEqual(Object.keys(tsTypes), table.map((row) => row.name));
});

// A spelling of each row: a template around int32 (an element kind for a view; a function of an
// int32 and a string giving a string).
const argument = { span: 'int32', segment: 'int32', function: 'int32, string, string', promise: 'int32' };
const spelling = (row) => (row.template ? `${row.name}<${argument[row.name] ?? 'int32'}>` : row.name);

// Declares each TS type as an alias in a .d.ts that imports what the types name from 'jsinterop', and
// compiles it with tsc --strict; returns tsc's run.
function compileTypes(types) {
  const project = mkdtempSync(join(tmpdir(), 'jsinterop-ts-mapping-'));
  try {
    writeFileSync(join(project, 'package.json'), '{ "private": true, "type": "module" }\n');
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(join(repoRoot, 'js'), join(project, 'node_modules/jsinterop'), 'dir');
    const lines = types.map((type, index) => `export type T${index} = ${type};`);
    writeFileSync(join(project, 'types.d.ts'), ["import type { ElementArrays, MemoryView } from 'jsinterop';", ...lines, ''].join('\n'));
    const tsc = join(repoRoot, 'node_modules/.bin/tsc');
    const args = ['--strict', '--noEmit', '--module', 'nodenext', '--lib', 'es2022,dom', '--types', '', '--pretty', 'false', 'types.d.ts'];
    return spawnSync(tsc, args, { cwd: project, encoding: 'utf8' });
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
  const plain = table.filter((row) => !row.template).map((row) => row.name);
  const around = (inner) =>
    Object.entries(wireTemplates).flatMap(([name, template]) => {
      if (template.argument === 'element') return [];
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
  const named = run.stdout.replace(/types\.d\.ts\((\d+),/g, (match, line) => `${spellings[Math.floor((line - 2) / 2)]} ${match}`);
  assert.equal(run.status, 0, named + run.stderr);
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
