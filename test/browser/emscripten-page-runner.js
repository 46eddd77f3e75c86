// node:test for a page: what test/browser/emscripten-conformance.test.js bundles in place of Node's
// module (not named *-test.js, which `node --test test/browser/` would run as a test file). A test
// file registers its tests at its top level (test(), before(), afterEach() ...) as in Node; run()
// then runs them as Node's runner runs one file's top-level tests (in order, one at a time; a
// failing `before` fails them all; afterEach after each, even a failed one) and resolves with what
// Node reports: [{ name, ok, skipped, error, ms }], `error` a string with the stack.
const registered = { before: [], after: [], beforeEach: [], afterEach: [], tests: [] };

export function test(name, options, fn) {
  if (typeof name === 'function') [name, options, fn] = [name.name, {}, name];
  if (typeof options === 'function') [options, fn] = [{}, options];
  registered.tests.push({ name, options: options ?? {}, fn });
}
export const it = test;

export function before(fn) {
  registered.before.push(fn);
}
export function after(fn) {
  registered.after.push(fn);
}
export function beforeEach(fn) {
  registered.beforeEach.push(fn);
}
export function afterEach(fn) {
  registered.afterEach.push(fn);
}

export function describe() {
  throw new Error('describe() is not in the page runner (test/browser/emscripten-page-runner.js): add it there');
}
export const suite = describe;

function describeError(error) {
  if (error instanceof Error) return error.stack?.includes(error.message) ? error.stack : `${error.name}: ${error.message}\n${error.stack}`;
  return `thrown: ${String(error)}`;
}

export async function run() {
  const results = [];
  let failedBefore;
  try {
    for (const hook of registered.before) await hook();
  } catch (error) {
    failedBefore = error;
  }
  for (const { name, options, fn } of registered.tests) {
    if (options.skip || options.todo) {
      results.push({ name, ok: true, skipped: true, ms: 0 });
      continue;
    }
    const start = performance.now();
    let skipped = false;
    const context = {
      name,
      skip: () => (skipped = true),
      todo: () => (skipped = true),
      diagnostic: () => {},
    };
    try {
      if (failedBefore !== undefined) throw failedBefore;
      try {
        for (const hook of registered.beforeEach) await hook(context);
        await fn(context);
      } finally {
        for (const hook of registered.afterEach) await hook(context);
      }
      results.push({ name, ok: true, skipped, ms: performance.now() - start });
    } catch (error) {
      results.push({ name, ok: false, error: describeError(error), ms: performance.now() - start });
    }
  }
  for (const hook of registered.after) await hook();
  return results;
}
