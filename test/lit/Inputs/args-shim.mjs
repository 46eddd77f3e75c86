export function describe(count) {
  return `shim sees ${count} arguments`;
}
