// Issue 18, item 2: a project that includes jsinterop's source folder with add_subdirectory() builds
// the plugin, the runtime library and the drivers in its own build folder (not the tests, examples
// or jsinterop-clangd: JSINTEROP_BUILD_TESTS and JSINTEROP_BUILD_CLANGD default to OFF there), and
// jsinterop_add_module and jsinterop::run work as with the installed package. test/consumer/cmake,
// configured with -DJSINTEROP_SOURCE, is that project; the build takes a minute or two (the plugin).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { repoRoot } from '../lib/toolchain.js';
import { buildConsumer } from './tree.js';

const scratch = mkdtempSync(join(tmpdir(), 'jsinterop-subdirectory-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('add_subdirectory(jsinterop): test/consumer/cmake builds app.wasm and runs it', (t) => {
  const started = Date.now();
  const build = join(scratch, 'build');
  buildConsumer(build, [`-DJSINTEROP_SOURCE=${repoRoot}`, '-DCMAKE_BUILD_TYPE=Release',
    '-DCMAKE_CXX_COMPILER=clang++-22', '-DCMAKE_C_COMPILER=clang-22'], join(build, 'jsinterop/bin'));
  for (const part of ['bin/jsinterop-clangd', 'examples', 'test', 'bench']) {
    assert.ok(!existsSync(join(build, 'jsinterop', part)), `jsinterop/${part} is not built`);
  }
  t.diagnostic(`configured and built in ${Math.round((Date.now() - started) / 1000)} s`);
});
