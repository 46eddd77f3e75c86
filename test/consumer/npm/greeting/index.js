// A package the C++ program imports from: `jsinterop-run --module Greeting=greeting` finds it by name.
export function greet(name) {
  return `Hello, ${name}, from the greeting package`;
}
