#!/usr/bin/env node
// Writes the tables of docs/types.md and docs/typescript.md from wire_types.def, between the
// "generated" markers, so that the user's type tables cannot drift from the one the plugin and the
// runtimes use.
// Usage: node tools/gen-types-doc.mjs [--check]   (--check: exit 1 if a page is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { readWireTypeTable, repoRoot } from './wire-table.mjs';

const BEGIN = '<!-- generated from runtime/include/jsinterop/abi/wire_types.def by tools/gen-types-doc.mjs -->';
const END = '<!-- end of generated tables -->';

const code = (text) => (text === '' ? '—' : `\`${text}\``);
const wasm = (letters) =>
  letters === '' ? '—' : letters === 'p' ? 'in memory' : [...letters].map((l) => ({ i: 'i32', I: 'i64', f: 'f32', d: 'f64' })[l]).join(', ');
const keywords = (list) => (list === '' ? 'as its T' : list.split(' ').map(code).join(', '));
const row = (cells) => `| ${cells.join(' | ')} |`;

export function generatedTables() {
  const table = readWireTypeTable();
  const header = ['C++', 'JS', '`marshal_as`', 'wire type', 'parameter (wasm)', 'result (wasm)', 'direct'];
  const lines = (rows, name) =>
    rows.map((r) =>
      row([r.cxxTypes, r.jsType, keywords(r.marshalAs), code(name(r)), wasm(r.paramWasm), wasm(r.resultWasm), r.direct ? 'yes' : '']),
    );
  return [
    BEGIN,
    '',
    row(header),
    row(header.map(() => '---')),
    ...lines(table.filter((r) => !r.template && r.name !== 'void'), (r) => r.name),
    ...lines(table.filter((r) => r.name === 'void'), (r) => r.name),
    '',
    'Templates take the wire type of their argument (`optional<int32>`, `array<string>`,',
    '`function<string, int32, void>`):',
    '',
    row(header),
    row(header.map(() => '---')),
    ...lines(table.filter((r) => r.template), (r) => `${r.name}<...>`),
    '',
    END,
  ].join('\n');
}

// The TypeScript mapping (docs/typescript.md): what the declarations the driver writes use. A `|`
// of a union is escaped, even in code: it would end the table cell.
const tsCode = (text) => code(text).replaceAll('|', '\\|');
export function generatedTsTables() {
  const table = readWireTypeTable();
  const header = ['wire type', 'C++', 'TS type', 'TS type of what JS passes to C++'];
  const lines = (rows, name) =>
    rows.map((r) => row([code(name(r)), r.cxxTypes, tsCode(r.tsType), r.tsArgument === r.tsType ? 'the same' : tsCode(r.tsArgument)]));
  return [
    BEGIN,
    '',
    row(header),
    row(header.map(() => '---')),
    ...lines(table.filter((r) => !r.template), (r) => r.name),
    '',
    'In a template, `T` is the TS type of its argument, `E` its element kind (`\'int32\'`), `A...` the',
    "function's parameters (`arg0`, `arg1`, ...) and `R` its result:",
    '',
    row(header),
    row(header.map(() => '---')),
    ...lines(table.filter((r) => r.template), (r) => `${r.name}<...>`),
    '',
    END,
  ].join('\n');
}

const pages = [
  ['docs/types.md', generatedTables],
  ['docs/typescript.md', generatedTsTables],
];
let stale = false;
for (const [page, tables] of pages) {
  const path = join(repoRoot, page);
  const current = readFileSync(path, 'utf8');
  const begin = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (begin < 0 || end < 0) throw new Error(`${path} lacks the generated-table markers`);
  const updated = current.slice(0, begin) + tables() + current.slice(end + END.length);
  if (updated === current) continue;
  if (process.argv.includes('--check')) {
    console.error(`${page} is stale: run node tools/gen-types-doc.mjs`);
    stale = true;
  } else {
    writeFileSync(path, updated);
  }
}
if (stale) process.exit(1);
