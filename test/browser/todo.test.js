// examples/todo (C++ against <jsinterop/web/dom.h>) in headless Chromium: the first list comes from
// todos.json (fetch); typing and Enter or the Add button add an item, which fades in
// (requestAnimationFrame); a click marks an item done, its button removes it; the progress bar moves
// to the share done; a reload shows the list kept in localStorage. The test compiles todo.cpp itself
// (the build's <jsinterop/web/dom.h>). Run: JSINTEROP_BUILD=build node --test test/browser/todo.test.js
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { test } from 'node:test';

import { compileProgram, repoRoot } from '../node/lib/toolchain.js';
import { debianPackage, executablePath } from './chromium.js';
import { openTodo } from './todo-page.js';

test('the to-do list page: click, type, fetch, localStorage, animation frames', { timeout: 120_000 }, async () => {
  assert.ok(existsSync(executablePath), `${executablePath} is missing: install Debian's ${debianPackage}`);
  const wasm = compileProgram(readFileSync(join(repoRoot, 'examples/todo/todo.cpp'), 'utf8'), 'todo');
  const todo = await openTodo(dirname(wasm), basename(wasm));
  const { page } = todo;
  try {
    assert.deepEqual(await todo.items(), ['Read docs/web.md', 'Write C++ against the DOM', 'Click an item to mark it done'],
      'the first list, fetched from todos.json');
    assert.equal(await page.textContent('#count'), '3 items left');

    await page.fill('#new-todo', 'Buy milk');
    await page.press('#new-todo', 'Enter');
    await page.type('#new-todo', 'Walk the dog');
    await page.click('#add');
    assert.deepEqual((await todo.items()).slice(3), ['Buy milk', 'Walk the dog']);
    assert.equal(await page.inputValue('#new-todo'), '', 'the input is emptied');
    assert.equal(await page.textContent('#count'), '5 items left');
    await page.press('#new-todo', 'Enter');
    assert.equal((await todo.items()).length, 5, 'an empty input adds nothing');

    const last = page.locator('#list li').last();
    await page.waitForSelector('#list li:last-child[data-faded="yes"]', { timeout: 10_000 });
    assert.equal(await last.evaluate((li) => li.style.opacity), '1', 'faded in');

    await page.click('#list li:nth-child(1) span');
    await page.click('#list li:nth-child(4) span');
    await page.click('#list li:nth-child(2) button.remove');
    assert.deepEqual(await todo.items(),
      ['Read docs/web.md (done)', 'Click an item to mark it done', 'Buy milk (done)', 'Walk the dog']);
    assert.equal(await page.textContent('#count'), '2 items left');
    await page.waitForSelector('#progress[data-moving="no"]', { timeout: 10_000 });
    assert.equal(await page.$eval('#progress', (bar) => bar.style.width), '50%', 'two of four done');

    await todo.open();
    assert.deepEqual(await todo.items(),
      ['Read docs/web.md (done)', 'Click an item to mark it done', 'Buy milk (done)', 'Walk the dog'],
      'kept in localStorage');
    assert.deepEqual(todo.errors, [], 'no uncaught errors in the page');
  } finally {
    await todo.close();
  }
});
