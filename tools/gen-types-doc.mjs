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

// A page's tables: a header, the cells of a row (given the wire type's name as shown), the order of
// the plain wire types, and the lines that introduce the templates' table.
function tables({ header, cells, order = (rows) => rows, intro }) {
  const table = readWireTypeTable();
  const head = [row(header), row(header.map(() => '---'))];
  return [
    BEGIN,
    '',
    ...head,
    ...order(table.filter((r) => !r.template)).map((r) => row(cells(r, r.name))),
    '',
    ...intro,
    '',
    ...head,
    ...table.filter((r) => r.template).map((r) => row(cells(r, `${r.name}<...>`))),
    '',
    END,
  ].join('\n');
}

// docs/typescript.md: a `|` of a union is escaped, even in code, as it would end the table cell.
const tsCode = (text) => code(text).replaceAll('|', '\\|');
const pages = {
  'docs/types.md': {
    header: ['C++', 'JS', '`marshal_as`', 'wire type', 'parameter (wasm)', 'result (wasm)', 'direct'],
    cells: (r, name) => [r.cxxTypes, r.jsType, keywords(r.marshalAs), code(name), wasm(r.paramWasm), wasm(r.resultWasm), r.direct ? 'yes' : ''],
    order: (rows) => [...rows.filter((r) => r.name !== 'void'), ...rows.filter((r) => r.name === 'void')],
    intro: [
      'Templates take the wire type of their argument (`optional<int32>`, `array<string>`,',
      '`function<string, int32, void>`):',
    ],
  },
  'docs/typescript.md': {
    header: ['wire type', 'C++', 'TS type', 'TS type of what JS passes to C++'],
    cells: (r, name) => [code(name), r.cxxTypes, tsCode(r.tsType), r.tsArgument === r.tsType ? 'the same' : tsCode(r.tsArgument)],
    intro: [
      "In a template, `T` is the TS type of its argument, `E` its element kind (`'int32'`), `A...` the",
      "function's parameters (`arg0`, `arg1`, ...) and `R` its result:",
    ],
  },
};

let stale = false;
for (const [page, layout] of Object.entries(pages)) {
  const path = join(repoRoot, page);
  const current = readFileSync(path, 'utf8');
  const begin = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (begin < 0 || end < 0) throw new Error(`${path} lacks the generated-table markers`);
  const updated = current.slice(0, begin) + tables(layout) + current.slice(end + END.length);
  if (updated === current) continue;
  if (process.argv.includes('--check')) {
    console.error(`${page} is stale: run node tools/gen-types-doc.mjs`);
    stale = true;
  } else {
    writeFileSync(path, updated);
  }
}
if (stale) process.exit(1);
