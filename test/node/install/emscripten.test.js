// Issue 19, item 5: jsinterop for Emscripten in an installed tree, and its CMake package under
// `emcmake cmake`. `cmake --install` writes jsinterop-em++ with the runtime library built for
// Emscripten and the JS files it gives emcc; the tree is moved, and from there
// test/consumer/cmake-emscripten, configured by emcmake with -Djsinterop_DIR, builds app.js and
// app.wasm with jsinterop_add_module (which uses jsinterop-em++ under emcmake), and the factory runs
// in Node under ctest and directly. Skipped, saying why, when the build has no jsinterop-em++.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { repoRoot } from '../lib/toolchain.js';
import { emcc, missing } from '../emscripten/toolchain.js';
import { buildDir, installMoved, run } from './tree.js';

const consumerSource = join(repoRoot, 'test/consumer/cmake-emscripten');

test('an installed, moved jsinterop-em++ and the CMake package under emcmake', { timeout: 600_000 }, async (t) => {
  if (!emcc) {
    console.warn(`SKIPPED: ${missing}`);
    t.skip(missing);
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'jsinterop-install-emscripten-'));
  t.after(() => rmSync(scratch, { recursive: true, force: true }));
  const prefix = installMoved(scratch);

  await t.test('the tree holds jsinterop-em++ and its files, which name no path of the build', () => {
    const files = ['bin/jsinterop-em++', 'lib/jsinterop/emscripten/js-library.mjs',
      'lib/jsinterop/emscripten/jsinterop-extern-pre.js', 'lib/jsinterop/emscripten/jsinterop-pre.js'];
    for (const path of [...files, 'lib/jsinterop/emscripten/libjsinterop-runtime.a']) {
      assert.ok(existsSync(join(prefix, path)), `${path} is installed`);
    }
    for (const path of files) {
      const text = readFileSync(join(prefix, path), 'utf8');
      assert.ok(!text.includes(repoRoot.replace(/\/$/, '')) && !text.includes(buildDir), `${path} names no path of the build`);
    }
  });

  await t.test('emcmake cmake: test/consumer/cmake-emscripten builds app.js and app.wasm, which run in Node', () => {
    const dir = join(scratch, 'consumer');
    run('emcmake', ['cmake', '-S', consumerSource, '-B', dir, `-Djsinterop_DIR=${join(prefix, 'lib/cmake/jsinterop')}`]);
    run('cmake', ['--build', dir, '-j2']);
    assert.ok(existsSync(join(dir, 'app.wasm')), 'emcc wrote app.wasm beside app.js');
    assert.match(run('ctest', ['--test-dir', dir, '--output-on-failure']), /100% tests passed/);
    assert.equal(run(process.execPath, [join(consumerSource, 'run.mjs'), join(dir, 'app.js'), 'Ada']),
      'Hello, Ada Lovelace, from C++ built by CMake\nadd(2, 3) = 5\n');
  });
});
