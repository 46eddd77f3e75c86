// Issue 18, item 1 (install) and item 2 (the CMake package): `cmake --install` writes a tree that
// works wherever it is. It is installed into a scratch folder, then moved, and from the moved tree
// jsinterop-clang++ builds examples/hello, jsinterop-run runs it, the JS runtime imports as a
// package, jsinterop-clangd starts, and test/consumer/cmake finds it with find_package(jsinterop 0.2).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';

import { repoRoot } from '../lib/toolchain.js';
import { buildAndRunHello, buildConsumer, buildDir, installMoved, run } from './tree.js';

let scratch;
let prefix; // the installed tree, after the move
let bin;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'jsinterop-install-'));
  prefix = installMoved(scratch);
  bin = join(prefix, 'bin');
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test('the tree holds the drivers, the plugin, the runtime, the JS runtime, the docs and the CMake package', () => {
  for (const path of [
    'bin/jsinterop-clang++', 'bin/jsinterop-run', 'bin/jsinterop-clangd', 'lib/libjsinterop.so',
    'lib/jsinterop/libjsinterop-runtime.a', 'lib/jsinterop/libjsinterop-runtime-guarded.a',
    'lib/jsinterop/include/jsinterop/jsinterop.h', 'lib/jsinterop/include/jsinterop/web/dom.h',
    'lib/jsinterop/wasi-sysroot/include/wasm32-wasip1/stdio.h',
    'lib/jsinterop/wasi-sysroot/lib/wasm32-wasip1/libc.a',
    'share/jsinterop/js/package.json', 'share/jsinterop/js/bin/jsinterop-run.js',
    'share/jsinterop/js/src/index.js', 'share/jsinterop/js/src/index.d.ts', 'share/jsinterop/js/README.md',
    'share/doc/jsinterop/README.md', 'share/doc/jsinterop/docs/install.md',
    'lib/cmake/jsinterop/jsinteropConfig.cmake', 'lib/cmake/jsinterop/jsinteropConfigVersion.cmake',
  ]) {
    assert.ok(existsSync(join(prefix, path)), `${path} is installed`);
  }
  // Nothing in its scripts points back at the repository or the build.
  for (const path of ['bin/jsinterop-clang++', 'bin/jsinterop-run', 'lib/cmake/jsinterop/jsinteropConfig.cmake',
    'lib/cmake/jsinterop/jsinteropModule.cmake']) {
    const text = readFileSync(join(prefix, path), 'utf8');
    assert.ok(!text.includes(repoRoot.replace(/\/$/, '')) && !text.includes(buildDir), `${path} names no path of the build`);
  }
});

test('moved: jsinterop-clang++ builds examples/hello and jsinterop-run runs it', () => {
  buildAndRunHello(bin, scratch);
});

test("moved: the installed JS runtime is the package, #host import and all", () => {
  const wasm = join(scratch, 'hello.wasm');
  if (!existsSync(wasm)) buildAndRunHello(bin, scratch);
  const host = join(scratch, 'host.mjs');
  writeFileSync(host, `
import { instantiate } from ${JSON.stringify(pathToFileURL(join(prefix, 'share/jsinterop/js/src/index.js')).href)};
import * as HelloShim from ${JSON.stringify(pathToFileURL(join(repoRoot, 'examples/hello/HelloShim.mjs')).href)};
const app = await instantiate(process.argv[2], { modules: { HelloShim } });
await app.run();
console.log(app.exports.hello.greet('JS'));
`);
  assert.match(run(process.execPath, [host, wasm]), /Hello, JS, from C\+\+!\n$/);
});

test('moved: jsinterop-clang++ finds the generated Web headers', () => {
  const source = join(scratch, 'web.cpp');
  writeFileSync(source, '#include <jsinterop/web/dom.h>\n');
  run(join(bin, 'jsinterop-clang++'), ['-fsyntax-only', source]);
});

test('moved: jsinterop-clangd starts', () => {
  assert.match(run(join(bin, 'jsinterop-clangd'), ['--version']), /clangd version 22/);
});

test('find_package(jsinterop 0.2) and jsinterop_add_module: test/consumer/cmake builds app.wasm and runs it', () => {
  buildConsumer(join(scratch, 'consumer'), [`-DCMAKE_PREFIX_PATH=${prefix}`], bin);
});

test("the JS runtime's package.json has the project's version", () => {
  const cmakeVersion = readFileSync(join(prefix, 'lib/cmake/jsinterop/jsinteropConfigVersion.cmake'), 'utf8')
    .match(/set\(PACKAGE_VERSION "([^"]+)"\)/)[1];
  assert.equal(JSON.parse(readFileSync(join(prefix, 'share/jsinterop/js/package.json'), 'utf8')).version, cmakeVersion);
});

test('the package version 0.2.0 answers to 0.2 and 0.2.0, not to 0.1, 0.3 or 1.0', () => {
  const versionFile = join(prefix, 'lib/cmake/jsinterop/jsinteropConfigVersion.cmake');
  const script = join(scratch, 'version.cmake');
  writeFileSync(script, `
cmake_minimum_required(VERSION 3.21)
foreach(wanted 0.2 0.2.0 0.1 0.3 1.0)
  string(REPLACE "." ";" parts \${wanted})
  list(GET parts 0 PACKAGE_FIND_VERSION_MAJOR)
  list(GET parts 1 PACKAGE_FIND_VERSION_MINOR)
  set(PACKAGE_FIND_VERSION \${wanted})
  include(${versionFile})
  message("\${wanted} \${PACKAGE_VERSION_COMPATIBLE}")
endforeach()
`);
  const { status, stderr } = spawnSync('cmake', ['-P', script], { encoding: 'utf8' });
  assert.equal(status, 0);
  assert.equal(stderr, '0.2 TRUE\n0.2.0 TRUE\n0.1 FALSE\n0.3 FALSE\n1.0 FALSE\n');
});
