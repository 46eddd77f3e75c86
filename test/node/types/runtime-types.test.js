// Issue 18, item 4: the runtime's TypeScript declarations (js/src/index.d.ts). tsc --strict (npm
// typescript, a devDependency) compiles good.tsx, a consumer that imports 'jsinterop' as an installed
// package would (js/ linked as node_modules/jsinterop, so package.json's "exports" and "types" are
// what finds the declarations); bad.tsx must fail with exactly the errors its comments mark.
// .tsx, not .ts: Node's test runner, which strips types since Node 22, runs every .ts file under a
// test/ folder as a test, and these import a package that only the temporary folder has.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '../../..');
const tsc = join(repoRoot, 'node_modules/.bin/tsc');
const declarations = realpathSync(join(repoRoot, 'js/src/index.d.ts'));

// Node resolution for a Node consumer, bundler resolution for a browser one. The WebAssembly and
// URL types come from the "dom" lib. skipLibCheck is off: index.d.ts itself is checked too.
const resolutions = {
  nodenext: ['--module', 'nodenext', '--moduleResolution', 'nodenext'],
  bundler: ['--module', 'esnext', '--moduleResolution', 'bundler'],
};
const common = ['--strict', '--noEmit', '--target', 'es2022', '--lib', 'es2022,dom', '--types', '', '--pretty', 'false'];

let project;
before(() => {
  assert.ok(existsSync(tsc), 'tsc is not installed: typescript is a devDependency (npm ci, or tools/install-deps)');
  project = mkdtempSync(join(tmpdir(), 'jsinterop-types-'));
  writeFileSync(join(project, 'package.json'), '{ "private": true, "type": "module" }\n'); // an ES module consumer
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(join(repoRoot, 'js'), join(project, 'node_modules/jsinterop'), 'dir');
  for (const file of ['good.tsx', 'bad.tsx']) copyFileSync(join(here, file), join(project, file));
});
after(() => rmSync(project, { recursive: true, force: true }));

function compile(file, resolution, extra = []) {
  const run = spawnSync(tsc, [...common, ...resolutions[resolution], ...extra, file], { cwd: project, encoding: 'utf8' });
  assert.equal(run.error, undefined);
  return run;
}

for (const resolution of Object.keys(resolutions)) {
  test(`a consumer of the runtime compiles with tsc --strict (${resolution} resolution)`, () => {
    const run = compile('good.tsx', resolution, ['--listFiles']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const files = run.stdout.split('\n').filter(Boolean).map((file) => realpathSync(file));
    assert.ok(files.includes(declarations), `tsc did not read js/src/index.d.ts:\n${run.stdout}`);
  });

  test(`wrong uses of the runtime fail to compile, each with its error (${resolution} resolution)`, () => {
    const expected = readFileSync(join(here, 'bad.tsx'), 'utf8')
      .split('\n')
      .flatMap((line, index) => {
        const mark = /\/\/ error (TS\d+)$/.exec(line);
        return mark === null ? [] : [`${index + 1} ${mark[1]}`];
      });
    assert.ok(expected.length >= 5, 'bad.tsx marks its errors');
    const run = compile('bad.tsx', resolution);
    assert.notEqual(run.status, 0, 'bad.tsx compiled');
    // Top-level diagnostics only: "bad.tsx(LINE,COLUMN): error TSNNNN: ..." (explanations are indented).
    const reported = [...run.stdout.matchAll(/^bad\.tsx\((\d+),\d+\): error (TS\d+):/gm)].map(([, line, code]) => `${line} ${code}`);
    assert.deepEqual(reported, expected, run.stdout + run.stderr);
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
