// docs/types.md shows the type table of wire_types.def as it is now.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

import { repoRoot } from '../../../tools/wire-table.mjs';

test('docs/types.md is generated from the current wire_types.def', () => {
  const check = spawnSync(process.execPath, [join(repoRoot, 'tools/gen-types-doc.mjs'), '--check'], {
    encoding: 'utf8',
  });
  assert.equal(check.status, 0, check.stderr);
});
