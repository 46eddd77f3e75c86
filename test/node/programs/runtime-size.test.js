// Issue 17, item 4: the JS runtime as a user ships it (js/src/index.js bundled and minified by esbuild,
// then gzip) must not grow past 14 KB. A size is deterministic, so the limit is a test and not only a
// line of make bench (both measure it with bench/runtime-size.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { SIZE_LIMIT, kb, loadEsbuild, runtimeSize } from '../../../bench/runtime-size.mjs';

test('the JS runtime, bundled, minified and gzipped, stays within the limit of issue 17', async () => {
  const esbuild = await loadEsbuild();
  assert.ok(esbuild, 'esbuild is not installed: it is a devDependency (npm ci, or tools/install-deps)');
  const { minified, gzip } = runtimeSize(esbuild);
  assert.ok(gzip <= SIZE_LIMIT,
    `js/src/index.js bundled is ${kb(minified)} minified, ${kb(gzip)} (${gzip} bytes) minified + gzip: ` +
    `over issue 17's limit of ${kb(SIZE_LIMIT)} (${SIZE_LIMIT} bytes) by ${gzip - SIZE_LIMIT} bytes`);
});
