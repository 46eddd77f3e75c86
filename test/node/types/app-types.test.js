// Issue 18, item 4: the declarations the driver writes next to a module (js/bin/jsinterop-emit-tsd.js,
// from the binding descriptors). app.cpp is compiled with jsinterop-clang++ and its app.d.ts
// emitted; app-good.tsx then compiles with tsc --strict against it and, once tsc has emitted its JS,
// runs against the module; app-bad.tsx fails with exactly the errors its comments mark. The
// runtime's browser bundle leaves the emitter out.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { compileProgram, repoRoot, tempPath } from '../lib/toolchain.js';
import { markedErrors, reportedErrors, resolutions, runTsc, tscProject } from './tsc.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const emitter = join(repoRoot, 'js/bin/jsinterop-emit-tsd.js');

const emit = (...args) => spawnSync(process.execPath, [emitter, ...args], { encoding: 'utf8' });

let wasm;
let declarations;
let project;
before(() => {
  wasm = compileProgram(readFileSync(join(here, 'app.cpp'), 'utf8'), 'app');
  const run = emit(wasm);
  assert.equal(run.status, 0, run.stderr);
  declarations = readFileSync(wasm.replace(/\.wasm$/, '.d.ts'), 'utf8');
  const consumers = Object.fromEntries(['app-good.tsx', 'app-bad.tsx'].map((file) => [file, readFileSync(join(here, file), 'utf8')]));
  project = tscProject({ 'app.d.ts': declarations, ...consumers });
});
after(() => rmSync(project, { recursive: true, force: true }));

test('the declarations nest the exports by namespace and list the imports of named modules only', () => {
  assert.match(declarations, /^export interface Exports \{\n {2}readonly demo: \{\n/m);
  assert.match(declarations, /\n {4}readonly Counter: \{\n {6}\/\*\* C\+\+ demo::Counter::next \*\/\n {6}readonly next: \(\) => number;/);
  assert.match(declarations, /readonly sum: \(values: MemoryView<'int32'> \| ElementArrays\['int32'\]\) => number;/);
  assert.match(declarations, /log: \(\(text: string\) => void\) & \(\(value: number\) => void\);/);
  assert.match(declarations, /query: \(\(selector: string\) => number\) & \{\n {6}\/\*\* C\+\+ shim_query_escape \*\/\n {6}escape: \(text: string\) => string;/);
  assert.match(declarations, /Point: new \(x: number, y: number\) => object;\n {4}\/\*\* C\+\+ set_shapes_unit, shapes_unit \*\/\n {4}get unit\(\): string \| null \| undefined;\n {4}set unit\(value: string\);/);
  assert.doesNotMatch(declarations, /norm/, 'a method import reaches into its receiver, not into a module');
  assert.match(declarations, /readonly first_of: \(function__: number, function_: number\) => number;/);
  assert.match(declarations, /^import type \{ ElementArrays, MemoryView \} from 'jsinterop';$/m);
  assert.doesNotMatch(declarations, /console/, 'the imports of globalThis are not the program\'s to provide');
});

for (const resolution of Object.keys(resolutions)) {
  test(`a consumer of app.d.ts compiles with tsc --strict (${resolution} resolution)`, () => {
    const run = runTsc(project, 'app-good.tsx', resolution);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  test(`wrong uses of app.d.ts fail to compile, each with its error (${resolution} resolution)`, () => {
    const run = runTsc(project, 'app-bad.tsx', resolution);
    assert.notEqual(run.status, 0, 'app-bad.tsx compiled');
    assert.deepEqual(reportedErrors(run, 'app-bad.tsx'), markedErrors(readFileSync(join(here, 'app-bad.tsx'), 'utf8')), run.stdout + run.stderr);
    assert.match(run.stdout, /Argument of type 'string' is not assignable to parameter of type 'number'/);
    assert.match(run.stdout, /Argument of type 'number' is not assignable to parameter of type 'bigint'/);
  });
}

test('what tsc emits from the consumer runs against the module with the declared types', async () => {
  const run = runTsc(project, 'app-good.tsx', 'nodenext', ['--outDir', 'out']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const { main } = await import(pathToFileURL(join(project, 'out/app-good.js')).href);
  assert.deepEqual(await main(wasm), [
    3 + 3 + 8 + 1, 42n, true, 'j', 3600000, '42', null, [1, 2], 6, [1.5, 2.5], 'text of file.txt'.length,
    40, 'Hello, TS', 'one', 3 + 5, 0, ['3 items', '1.5', '4', '5', 'cm'],
  ]);
});

test('jsinterop-emit-tsd writes next to the module by default, or where it is told', () => {
  const bare = tempPath('bare');
  copyFileSync(wasm, bare);
  assert.equal(emit(bare).status, 0);
  assert.equal(readFileSync(`${bare}.d.ts`, 'utf8'), declarations.replaceAll('app.wasm', 'bare'));
  const chosen = tempPath('chosen.d.ts');
  assert.equal(emit(wasm, chosen).status, 0);
  assert.equal(readFileSync(chosen, 'utf8'), declarations);
});

test('jsinterop-emit-tsd fails with a message for what is not a jsinterop module', () => {
  const text = tempPath('not-wasm.wasm');
  writeFileSync(text, 'not wasm');
  const notWasm = emit(text);
  assert.equal(notWasm.status, 1);
  assert.match(notWasm.stderr, /^jsinterop-emit-tsd: not-wasm\.wasm is not a WebAssembly module/);
  const usage = emit();
  assert.equal(usage.status, 1);
  assert.match(usage.stderr, /^usage: jsinterop-emit-tsd app\.wasm \[app\.d\.ts\]/);
});

test("the runtime's browser entry does not load the emitter", async () => {
  const esbuild = await import('esbuild'); // a devDependency of the repository (npm ci)
  const { metafile } = await esbuild.build({
    entryPoints: [join(repoRoot, 'js/src/index.js')], bundle: true, format: 'esm', platform: 'browser',
    write: false, metafile: true, logLevel: 'silent',
  });
  const inputs = Object.keys(metafile.inputs);
  assert.ok(inputs.some((input) => input.endsWith('js/src/wire.js')), inputs.join(', '));
  assert.ok(!inputs.some((input) => /tsd|ts-types/.test(input)), inputs.join(', '));
});
