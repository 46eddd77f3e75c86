// PromisesShim: the JS functions that PromisesInterop.cpp imports.
export function wait2Seconds() {
  // A callback called exactly once, wrapped in a Promise.
  return new Promise((resolve) => setTimeout(resolve, 2000));
}

export function waitGetString() {
  return new Promise((resolve) => setTimeout(() => resolve('String From Resolve'), 500));
}

export function waitGetDate() {
  return new Promise((resolve) => setTimeout(() => resolve(new Date('1988-11-24')), 500));
}

// The text of the current page. In a browser, fetch(location.href); in Node, where there is no page,
// the same file read from disk (index.html next to this module), so both give the same length.
export async function fetchCurrentUrl() {
  if (globalThis.location !== undefined) {
    const response = await fetch(globalThis.location.href);
    return response.text();
  }
  const { readFile } = await import('node:fs/promises');
  return readFile(new URL('./index.html', import.meta.url), 'utf8');
}

export async function asyncFunction() {
  await wait2Seconds();
}

export function conditionalSuccess(shouldSucceed) {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (shouldSucceed) resolve();
      else reject(new Error('Reject: ShouldSucceed == false'));
    }, 500);
  });
}
