// Prints the JS path of every export of a module as the JS runtime presents it (app.exports), one
// per line, without running main: the exports the plugin wrote, read back by the runtime, so that
// an export written twice fails as a collision rather than passing unseen.
// Usage: node list-exports.mjs app.wasm
import { instantiate } from '../../../js/src/index.js';

const app = await instantiate(process.argv[2]);
const list = (namespace, prefix) => {
  for (const [name, value] of Object.entries(namespace)) {
    if (typeof value === 'function') console.log(prefix + name);
    else list(value, `${prefix}${name}.`);
  }
};
list(app.exports, '');
