// js/src/generated/call-sites.js is what tools/gen-call-sites.mjs writes from its templates: a change
// to the templates that was not regenerated (or an edit by hand) fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { MAX_ARITY, nextImport } from '../../../js/src/call-sites.js';
import { COPIES, source } from '../../../tools/gen-call-sites.mjs';

test('the generated call sites are the generator output', () => {
  const written = readFileSync(new URL('../../../js/src/generated/call-sites.js', import.meta.url), 'utf8');
  assert.ok(written === source, 'js/src/generated/call-sites.js is out of date: run node tools/gen-call-sites.mjs');
});

test('each binding takes a template of its own until the copies run out, then they are shared in turn', () => {
  const templates = Array.from({ length: 2 * COPIES }, () => nextImport());
  assert.equal(new Set(templates.slice(0, COPIES)).size, COPIES);
  templates.slice(COPIES).forEach((template, index) => assert.equal(template, templates[index]));
  assert.equal(MAX_ARITY, 4);
});
