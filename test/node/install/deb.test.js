// Issue 18, item 1: `cpack -G DEB` makes jsinterop_<version>_<arch>.deb, whose control file declares
// what a fresh Debian 12 needs (Clang and lld 22, the wasm32 C and C++ libraries, the LLVM 22
// libraries of the plugin; Node 20 recommended), and which apt can install here (simulated). Unpacked
// with dpkg-deb -x into a scratch folder, its usr/bin/jsinterop-clang++ builds examples/hello and its
// jsinterop-run runs it.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { buildAndRunHello, buildDir, run } from './tree.js';

let scratch;
let deb;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'jsinterop-deb-'));
  run('cpack', ['-G', 'DEB', '-B', scratch, '--config', join(buildDir, 'CPackConfig.cmake')]);
  deb = join(scratch, readdirSync(scratch).find((name) => name.endsWith('.deb')));
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test('the control file names the package, its version and its dependencies', (t) => {
  const field = (name) => run('dpkg-deb', ['-f', deb, name]).trim();
  assert.equal(field('Package'), 'jsinterop');
  assert.equal(field('Version'), '0.2.0');
  const depends = field('Depends').split(/,\s*/).map((dependency) => dependency.split(' ')[0]);
  for (const name of ['clang-22', 'lld-22', 'libc++-22-dev-wasm32', 'libclang-rt-22-dev-wasm32', 'wasi-libc',
    'libclang-cpp22', 'libllvm22']) {
    assert.ok(depends.includes(name), `Depends: ${name}`);
  }
  assert.equal(field('Recommends'), 'nodejs (>= 20)');
  t.diagnostic(`${deb}: ${run('du', ['-h', deb]).split('\t')[0]}`);
});

test('apt resolves its dependencies (a simulated install)', () => {
  assert.match(run('apt-get', ['install', '--simulate', deb]), /^Inst jsinterop \(0\.2\.0 /m);
});

test('unpacked with dpkg-deb -x, it builds examples/hello and runs it', () => {
  const root = join(scratch, 'root');
  run('dpkg-deb', ['-x', deb, root]);
  buildAndRunHello(join(root, 'usr/bin'), scratch);
});
