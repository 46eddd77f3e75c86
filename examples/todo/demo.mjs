// `make demo`'s part for the to-do list (examples/todo): opens the page in headless Chromium (the
// build's todo.wasm), adds an item by typing and Enter, marks the first done, and prints the list.
// Usage: node examples/todo/demo.mjs BUILD_DIR
import { openTodo } from '../../test/browser/todo-page.js';

const todo = await openTodo(process.argv[2] ?? 'build', 'examples/todo.wasm');
try {
  await todo.page.fill('#new-todo', 'Try the demo');
  await todo.page.press('#new-todo', 'Enter');
  await todo.page.click('#list li:first-child span');
  console.log('examples/todo in headless Chromium, after typing an item and clicking the first:');
  for (const item of await todo.items()) console.log(`  - ${item}`);
  console.log(`  ${await todo.page.textContent('#count')}`);
  if (todo.errors.length) throw new Error(todo.errors.join('\n'));
} finally {
  await todo.close();
}
