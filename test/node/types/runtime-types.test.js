// Issue 18, item 4: the runtime's TypeScript declarations (js/src/index.d.ts). tsc --strict (npm
// typescript, a devDependency) compiles good.tsx, a consumer that imports 'jsinterop' as an installed
// package would (js/ linked as node_modules/jsinterop, so package.json's "exports" and "types" are
// what finds the declarations); bad.tsx must fail with exactly the errors its comments mark.
// .tsx, not .ts: Node's test runner, which strips types since Node 22, runs every .ts file under a
// test/ folder as a test, and these import a package that only the temporary folder has.
import assert from 'node:assert/strict';
import { readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { markedErrors, reportedErrors, repoRoot, resolutions, runTsc, tscProject } from './tsc.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const declarations = realpathSync(join(repoRoot, 'js/src/index.d.ts'));

// skipLibCheck is off: index.d.ts itself is checked too.
let project;
before(() => {
  project = tscProject(Object.fromEntries(['good.tsx', 'bad.tsx'].map((file) => [file, readFileSync(join(here, file), 'utf8')])));
});
after(() => rmSync(project, { recursive: true, force: true }));

for (const resolution of Object.keys(resolutions)) {
  test(`a consumer of the runtime compiles with tsc --strict (${resolution} resolution)`, () => {
    const run = runTsc(project, 'good.tsx', resolution, ['--noEmit', '--listFiles']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const files = run.stdout.split('\n').filter(Boolean).map((file) => realpathSync(file));
    assert.ok(files.includes(declarations), `tsc did not read js/src/index.d.ts:\n${run.stdout}`);
  });

  test(`wrong uses of the runtime fail to compile, each with its error (${resolution} resolution)`, () => {
    const expected = markedErrors(readFileSync(join(here, 'bad.tsx'), 'utf8'));
    assert.ok(expected.length >= 5, 'bad.tsx marks its errors');
    const run = runTsc(project, 'bad.tsx', resolution);
    assert.notEqual(run.status, 0, 'bad.tsx compiled');
    assert.deepEqual(reportedErrors(run, 'bad.tsx'), expected, run.stdout + run.stderr);
  });
}

test('every "types" of js/package.json names the declarations', () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'js/package.json'), 'utf8'));
  const types = [];
  const collect = (value) => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'types' && typeof inner === 'string') types.push(inner);
      else collect(inner);
    }
  };
  collect({ types: manifest.types, exports: manifest.exports });
  assert.ok(types.length > 0, 'js/package.json has no "types"');
  for (const path of types) assert.equal(realpathSync(join(repoRoot, 'js', path)), declarations, path);
});
