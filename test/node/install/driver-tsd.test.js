// jsinterop-clang++ writes a module's TypeScript declarations after each link (docs/typescript.md):
// next to the -o FILE or -oFILE it names, or a.out.d.ts for clang's a.out; not with --no-emit-tsd
// (the driver's own flag, which clang never sees), nor when nothing is linked (-c, -###). A failed
// compile exits with clang's code and writes no declarations.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { buildDir } from './tree.js';

const driver = join(buildDir, 'bin/jsinterop-clang++');
const dir = mkdtempSync(join(tmpdir(), 'jsinterop-driver-tsd-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const source = join(dir, 'app.cpp');
writeFileSync(source, '#include <jsinterop/jsinterop.h>\n[[jsinterop::export]] int twice(int x) { return 2 * x; }\n');
const declaration = /readonly twice: \(x: number\) => number;/;

function compile(...args) {
  return spawnSync(driver, [...args], { cwd: dir, encoding: 'utf8' });
}

test('-o FILE, -oFILE and a.out each get their declarations', () => {
  for (const args of [['-o', join(dir, 'spaced.wasm')], [`-o${join(dir, 'joined.wasm')}`], []]) {
    const { status, stderr } = compile('-O2', source, ...args);
    assert.equal(stderr, '');
    assert.equal(status, 0);
  }
  assert.match(readFileSync(join(dir, 'spaced.d.ts'), 'utf8'), declaration);
  assert.match(readFileSync(join(dir, 'joined.d.ts'), 'utf8'), declaration);
  assert.match(readFileSync(join(dir, 'a.out.d.ts'), 'utf8'), declaration);
});

test('--no-emit-tsd links the module alone, and clang never sees the flag', () => {
  assert.equal(compile('--no-emit-tsd', source, '-o', join(dir, 'bare.wasm')).status, 0);
  assert.ok(existsSync(join(dir, 'bare.wasm')));
  assert.ok(!existsSync(join(dir, 'bare.d.ts')));
  const dry = compile('--no-emit-tsd', source, '-o', join(dir, 'dry.wasm'), '-###');
  assert.equal(dry.status, 0);
  assert.doesNotMatch(dry.stderr, /no-emit-tsd/);
});

test('nothing linked, no declarations: -c, -###', () => {
  assert.equal(compile('-c', source, '-o', join(dir, 'object.o')).status, 0);
  assert.equal(compile(source, '-o', join(dir, 'planned.wasm'), '-###').status, 0);
  assert.ok(!existsSync(join(dir, 'object.d.ts')) && !existsSync(join(dir, 'object.o.d.ts')));
  assert.ok(!existsSync(join(dir, 'planned.wasm')) && !existsSync(join(dir, 'planned.d.ts')));
});

test("a compile error exits with clang's code and writes nothing", () => {
  const broken = join(dir, 'broken.cpp');
  writeFileSync(broken, 'int main() { return missing; }\n');
  const { status, stderr } = compile(broken, '-o', join(dir, 'broken.wasm'));
  assert.equal(status, 1);
  assert.match(stderr, /use of undeclared identifier 'missing'/);
  assert.ok(!existsSync(join(dir, 'broken.d.ts')));
});
