// js/src/generated/call-sites.js is what tools/gen-call-sites.mjs writes from its templates: a change
// to the templates that was not regenerated (or an edit by hand) fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { MAX_ARITY, nextImport, nextMethod, nextScalarExport } from '../../../js/src/call-sites.js';
import { COPIES, METHOD_COPIES, source } from '../../../tools/gen-call-sites.mjs';

test('the generated call sites are the generator output', () => {
  const written = readFileSync(new URL('../../../js/src/generated/call-sites.js', import.meta.url), 'utf8');
  assert.ok(written === source, 'js/src/generated/call-sites.js is out of date: run node tools/gen-call-sites.mjs');
});

test('each binding takes a template of its own until the copies run out, then they are shared in turn', () => {
  assert.equal(MAX_ARITY, COPIES.length - 1);
  for (const [next, counts] of [[nextImport, COPIES], [nextScalarExport, COPIES], [nextMethod, METHOD_COPIES]]) {
    counts.forEach((copies, arity) => {
      const templates = Array.from({ length: 2 * copies }, () => next(arity));
      assert.equal(new Set(templates.slice(0, copies)).size, copies);
      templates.slice(copies).forEach((template, index) => assert.equal(template, templates[index]));
    });
  }
});
