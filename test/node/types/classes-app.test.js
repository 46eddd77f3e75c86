// Issue 21, end to end: classes-app.cpp (exported classes, one nested, and a value object)
// compiled with jsinterop-clang++, which writes classes-app.d.ts; classes-app-good.tsx compiles
// with tsc --strict against it and, once tsc has emitted its JS, runs against the module;
// classes-app-bad.tsx fails with exactly the errors its comments mark.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { compileProgram, repoRoot } from '../lib/toolchain.js';
import { markedErrors, reportedErrors, resolutions, runTsc, tscProject } from './tsc.js';

const here = fileURLToPath(new URL('.', import.meta.url));

let wasm;
let declarations;
let project;
before(() => {
  wasm = compileProgram(readFileSync(join(here, 'classes-app.cpp'), 'utf8'), 'classes-app');
  // As the driver does after a link (compileProgram passes --no-emit-tsd).
  execFileSync(process.execPath, [join(repoRoot, 'js/bin/jsinterop-emit-tsd.js'), wasm]);
  declarations = readFileSync(wasm.replace(/\.wasm$/, '.d.ts'), 'utf8');
  const files = ['classes-app-good.tsx', 'classes-app-bad.tsx'].map((file) => [file, readFileSync(join(here, file), 'utf8')]);
  project = tscProject({ 'classes-app.d.ts': declarations, ...Object.fromEntries(files) });
});
after(() => rmSync(project, { recursive: true, force: true }));

test('the compiled classes are declared, and named where imports and callbacks pass them', () => {
  assert.match(declarations, /^ {2}class Polygon \{\n {4}\/\*\* C\+\+ geo::Polygon::Polygon \*\/\n {4}constructor\(points: readonly geo\.Point\[\]\);$/m);
  assert.match(declarations, /^ {4}static readonly of: \(polygon: geo\.Polygon \| null \| undefined\) => geo\.Shape;$/m);
  assert.match(declarations, /readonly draw_and_measure: \(shape: geo\.Polygon, measure: \(arg0: geo\.Polygon, arg1: geo\.Point\) => number\) => number;/);
  assert.match(declarations, /^ {2}namespace Polygon \{\n {4}\/\*\* C\+\+ geo::Polygon::Vertex \*\/\n {4}class Vertex \{$/m);
  assert.match(declarations, /^ {4}draw: \(shape: geo\.Polygon, at: geo\.Point\) => void;$/m);
});

for (const resolution of Object.keys(resolutions)) {
  test(`a consumer of the compiled classes compiles with tsc --strict (${resolution} resolution)`, () => {
    const run = runTsc(project, 'classes-app-good.tsx', resolution);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
}

test('wrong uses of the compiled classes fail to compile, each with its error', () => {
  const run = runTsc(project, 'classes-app-bad.tsx');
  assert.notEqual(run.status, 0, 'classes-app-bad.tsx compiled');
  assert.deepEqual(reportedErrors(run, 'classes-app-bad.tsx'), markedErrors(readFileSync(join(here, 'classes-app-bad.tsx'), 'utf8')), run.stdout);
});

test('what tsc emits from the consumer runs against the module with the declared types', async () => {
  const run = runTsc(project, 'classes-app-good.tsx', 'nodenext', ['--outDir', 'out']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const { main } = await import(pathToFileURL(join(project, 'out/classes-app-good.js')).href);
  assert.deepEqual(await main(wasm), [
    6, 3, 'triangle', 'T', { x: 4, y: 0 }, 24, 1, 4, true, 30, false, true, 6 + 3, [3, { x: 4, y: 0 }], 2, true,
  ]);
});
