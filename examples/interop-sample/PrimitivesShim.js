// PrimitivesShim: the JS functions that PrimitivesInterop.cpp imports.
let counter = 0;

export function incrementCounter() {
  counter += 1;
}

export function getCounter() {
  return counter;
}

export function logValue(value) {
  console.log(value);
}

// Logs the JS type and the value that arrived, as one string (a bigint with its `n` suffix, as the
// browser console shows it), so that Node and the browser print the same line.
export function logValueAndType(value) {
  const shown = typeof value === 'bigint' ? `${value}n` : String(value);
  console.log(`${typeof value} ${shown}`);
}
