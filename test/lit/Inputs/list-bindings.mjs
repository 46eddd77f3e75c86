// Prints what a module or object file says about its bindings, one per line: each import of module
// jsinterop and each direct export as `import <name> <descriptor>` / `export <name> <descriptor>`,
// its descriptor looked up in the section jsinterop.bindings, then every line of that section as
// `line <name> <descriptor>`.
// Usage: node list-bindings.mjs app.wasm
import { readFileSync } from 'node:fs';

const module = new WebAssembly.Module(readFileSync(process.argv[2]));
const lines = WebAssembly.Module.customSections(module, 'jsinterop.bindings')
  .flatMap((section) => new TextDecoder().decode(section).split('\n'))
  .filter((line) => line !== '');
const descriptors = new Map(lines.map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]));
const describe = (name) => descriptors.get(name) ?? '<no line>';
for (const { module: from, name } of WebAssembly.Module.imports(module)) {
  if (from === 'jsinterop') console.log(`import ${name} ${describe(name)}`);
}
for (const { name } of WebAssembly.Module.exports(module)) {
  const short = /^jsinterop_([0-9a-f]{16})$/.exec(name)?.[1];
  if (short) console.log(`export ${name} ${describe(short)}`);
}
for (const line of lines) console.log(`line ${line}`);
