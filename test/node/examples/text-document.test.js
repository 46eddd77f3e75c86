// examples/text-document (issue 21: a library of exported classes used from a JS app and its
// TypeScript), as its README.md has a user run it: the library compiled with jsinterop-clang++,
// which writes text-document.d.ts; app.js run with Node; app.ts compiled by `tsc -p .` with the
// example's tsconfig.json and run; both print expected-output.txt. A misuse of the declared
// classes fails to compile with the errors it marks.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { markedErrors, reportedErrors, repoRoot, tscProject } from '../types/tsc.js';

const example = join(repoRoot, 'examples/text-document');
const driver = join(process.env.JSINTEROP_BUILD ?? join(repoRoot, 'build'), 'bin/jsinterop-clang++');
const expected = readFileSync(join(example, 'expected-output.txt'), 'utf8');

// Each line marks the error tsc must report for it.
const misuse = `import { instantiate } from 'jsinterop';
import type { Exports, text } from './text-document.js';

const { text: library } = (await instantiate<Exports>('text-document.wasm')).exports;
using doc = new library.Document(['a', 'b']); // error TS2345
doc.lineCount = 3; // error TS2540
doc.insert({ line: 0 }, 'x'); // error TS2741
const cursor: text.Cursor = library.Cursor.at(doc); // error TS2741
cursor.type('x', doc); // error TS2345
const line: number = doc.line(0); // error TS2322
const place: text.Position = doc.find('a', cursor.position); // error TS2322
new library.Cursor().move(cursor, 1); // error TS2740
`;

let project;
before(() => {
  project = tscProject({ 'misuse.ts': misuse, 'tsconfig.misuse.json': '{ "extends": "./tsconfig.json", "files": ["misuse.ts"] }\n' });
  for (const file of ['package.json', 'tsconfig.json', 'app.js', 'app.ts']) copyFileSync(join(example, file), join(project, file));
  const sources = ['document.cpp', 'cursor.cpp'].map((file) => join(example, file));
  execFileSync(driver, ['-O2', '-Wall', '-Wextra', '-Werror', ...sources, '-o', join(project, 'text-document.wasm')]);
});
after(() => rmSync(project, { recursive: true, force: true }));

const tsc = (...args) => spawnSync(join(repoRoot, 'node_modules/.bin/tsc'), ['--pretty', 'false', ...args], { cwd: project, encoding: 'utf8' });
const runApp = (script) => {
  const run = spawnSync(process.execPath, [script], { cwd: project, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  return run.stdout;
};

test('the driver writes the declarations of the library next to the module', () => {
  assert.ok(existsSync(join(project, 'text-document.d.ts')));
});

test('the JS app prints expected-output.txt', () => {
  assert.equal(runApp('app.js'), expected);
});

test('the TypeScript app compiles with the example tsconfig.json and prints the same', () => {
  const run = tsc('-p', '.');
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(runApp('out/app.js'), expected);
});

test('a misuse of the declared classes fails to compile, each line with its error', () => {
  const run = tsc('-p', 'tsconfig.misuse.json', '--noEmit');
  assert.notEqual(run.status, 0, 'misuse.ts compiled');
  assert.deepEqual(reportedErrors(run, 'misuse.ts'), markedErrors(misuse), run.stdout);
});
