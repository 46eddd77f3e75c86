// The browser's entry, which a bundler turns into one script: the runtime must come without any of
// Node's modules. Runs the program from its bytes with a greeting written here.
import { instantiate } from 'jsinterop';

export async function start(wasmBytes, print) {
  const app = await instantiate(wasmBytes, {
    modules: { Greeting: { greet: (name) => `Hello, ${name}, from the page` } },
    args: ['browser'],
    stdout: print,
  });
  const code = await app.run();
  print(`app.add(2, 3) = ${app.exports.app.add(2, 3)}\n`);
  return code;
}
