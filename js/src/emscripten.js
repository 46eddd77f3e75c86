// jsinterop in the JS that emcc writes (docs/emscripten.md). jsinterop-em++ bundles this file into
// the --pre-js it passes to emcc (emscripten/pre.js calls attach() in the scope of emcc's Module):
// the module is instantiated by Module.instantiateWasm, with Emscripten's own imports and
// jsinterop's, and Module.jsinterop is { exports, setModuleImports, instance, module }, as the app
// object of instantiate() has them. Emscripten runs main, prints, and keeps FS, EM_JS and embind.
import { checkLibraryVersion, readBindings } from './abi.js';
import { bindingImports, exportTree } from './bind.js';
import { Runtime } from './runtime.js';
import { isNode } from './source.js';

// Module: emcc's. host: { wasmFile() (the .wasm's path or URL, as emcc's JS located it),
// wasmBinary() (its bytes when Module.wasmBinary gave them), abort(error) (emcc's abort) }.
// Module.jsinteropModules (name -> namespace object), if given, is what setModuleImports would
// register; Module.jsinteropBaseUrl, what relative module URLs resolve against.
export function attach(Module, host) {
  Module.instantiateWasm = (imports, receiveInstance) => {
    instantiate(Module, host, imports).then(
      ({ instance, module }) => receiveInstance(instance, module),
      (error) => host.abort(error),
    );
    return {}; // the exports come through receiveInstance
  };
}

async function instantiate(Module, host, imports) {
  const file = host.wasmFile();
  const name = String(file).split('/').pop();
  const module = await compile(host.wasmBinary() ?? file);
  const bindings = readBindings(module, name);
  // host::import_module's relative URLs: against Module.jsinteropBaseUrl, else the page (browser) or
  // the working directory (Node), as jsinterop-run resolves them.
  const baseUrl = Module.jsinteropBaseUrl ?? (isNode ? `file://${process.cwd()}/` : undefined);
  const modules = new Map(Object.entries(Module.jsinteropModules ?? {}));
  const runtime = new Runtime(name, modules, baseUrl === undefined ? undefined : String(baseUrl), module);
  const instance = await WebAssembly.instantiate(module, { ...imports, ...bindingImports(bindings, runtime) });
  checkLibraryVersion(instance.exports, name);
  runtime.heap.attach(instance.exports.memory, instance.exports);
  Module.jsinterop = {
    exports: exportTree(bindings, instance.exports, runtime, name),
    instance,
    module,
    setModuleImports(moduleName, namespace) {
      runtime.modules.set(moduleName, namespace);
    },
  };
  return { instance, module };
}

// bytes, or a path or URL (file: in Node).
async function compile(source) {
  if (typeof source !== 'string') return WebAssembly.compile(source);
  if (isNode) {
    const { readFile } = await import('node:fs/promises');
    return WebAssembly.compile(await readFile(source.startsWith('file:') ? new URL(source) : source));
  }
  return WebAssembly.compileStreaming(fetch(source));
}
