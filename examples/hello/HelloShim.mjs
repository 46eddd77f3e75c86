// A JS module that the C++ program imports from (the "JS shim" of the .NET article).
export function describe(what, count, weight) {
  return `JS got ${count} ${what} weighing ${count * weight} kg`;
}
