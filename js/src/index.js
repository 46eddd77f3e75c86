// jsinterop's JS runtime: instantiates a module built with jsinterop-clang++, binds its
// [[jsinterop::import]]s to JS functions, presents its [[jsinterop::export]]s as app.exports, and
// runs its main. docs/design.md defines the binding ABI it reads.
import { checkLibraryVersion, checkRuntimeLibrary, readBindings } from './abi.js';
import { IMPORT_MODULE, RUNTIME_MODULE, bindingImports, exportTree, unwindIfEnded } from './bind.js';
import { libraryExport } from './intrinsics.js';
import { Runtime, isInstance } from './runtime.js';
import { importModule, isNode, loadModule } from './source.js';
import { WASI_MODULE, Wasi, WasiExit, lineSink } from './wasi.js';

export { MemoryView } from './memory-view.js';

// source: a URL (string or URL), a file path (Node), bytes, or a WebAssembly.Module.
// options: modules (name -> namespace object or URL/path to import()), baseUrl (what relative module
// URLs resolve against), args, env, programName, stdout(text), stderr(text), imports (extra raw wasm
// import modules, passed through).
export async function instantiate(source, options = {}) {
  const { module, name } = await loadModule(source);
  const bindings = readBindings(module, name);
  checkRuntimeLibrary(module, name);

  const baseUrl = options.baseUrl === undefined ? undefined : String(options.baseUrl);
  const runtime = new Runtime(name, await registerModules(options.modules ?? {}, baseUrl), baseUrl, module);
  const wasi = new Wasi({
    args: [options.programName ?? name, ...(options.args ?? [])],
    env: options.env ?? {},
    stdout: options.stdout ?? defaultSink('stdout', console.log),
    stderr: options.stderr ?? defaultSink('stderr', console.error),
  });
  const importObject = buildImportObject(module, name, bindings, runtime, wasi, options.imports ?? {});

  const instance = await WebAssembly.instantiate(module, importObject);
  const { memory } = instance.exports;
  checkLibraryVersion(instance.exports, name);
  runtime.heap.attach(memory, instance.exports);
  wasi.attach(memory);
  try {
    instance.exports._initialize?.(); // static constructors (the module is a WASI reactor)
  } catch (error) {
    throw runtime.failure(error, 'initialization');
  }

  const exports = exportTree(bindings, instance.exports, runtime, name);

  let ran = false;
  const heapInUse = libraryExport(runtime, 'jsinterop_heap_in_use');
  const libraryCount = (exportName) => {
    const count = instance.exports[exportName];
    return typeof count === 'function' ? count() : 0; // a runtime library without tasks has none
  };
  return {
    exports,
    instance,
    module,
    memory,
    // As .NET's setModuleImports: the functions of a module that imports name; each import looks its
    // function up at its first call.
    setModuleImports(moduleName, namespace) {
      runtime.modules.set(moduleName, checkNamespace(moduleName, namespace));
    },
    // Runs main once, then waits until no spawned task is pending; resolves with main's exit code
    // (or exit()'s), or 1 when main returned 0 and a spawned task failed.
    async run() {
      if (ran) throw new Error(`jsinterop: run() was already called for ${name}`);
      ran = true;
      runtime.assertAlive();
      try {
        let code;
        try {
          code = instance.exports.jsinterop_main();
          // JS code that main called ended the instance, and main went on (a raw import caught it)
          if (runtime.isDead) throw runtime.unwinding();
        } catch (error) {
          if (!isInstance(error, WasiExit)) throw runtime.failure(error, 'main');
          runtime.exited(error.code);
          return error.code;
        }
        const exitCode = await waitForTasks(runtime, () => libraryCount('jsinterop_pending_tasks'));
        if (exitCode !== undefined) return exitCode;
        return code === 0 && libraryCount('jsinterop_failed_tasks') > 0 ? 1 : code;
      } finally {
        wasi.flush();
      }
    },
    // Extensions for leak tests: how many handles the value table holds, and how many bytes the
    // module's malloc has handed out.
    get liveHandles() {
      return runtime.values.size;
    },
    heapInUse() {
      runtime.assertAlive();
      return heapInUse() >>> 0;
    },
  };
}

// Waits until pending() is 0, waking at each tasks_idle(). Resolves with undefined, or with the
// exit code when the instance exits meanwhile; rejects when it fails, or (Node) when nothing is
// left that could settle the pending tasks.
async function waitForTasks(runtime, pending) {
  while (pending() > 0) {
    let stops = [];
    try {
      const outcome = await new Promise((resolve, reject) => {
        stops = [
          runtime.whenIdle(() => resolve(null)),
          runtime.whenEnded(resolve),
          whenEventLoopEmpty(() =>
            reject(new Error(`jsinterop: main returned but ${pending()} task${pending() === 1 ? '' : 's'} never finished`)),
          ),
        ];
      });
      if (outcome?.error !== undefined) throw outcome.error;
      if (outcome?.code !== undefined) return outcome.code;
    } finally {
      stops.forEach((stop) => stop());
    }
  }
  return undefined;
}

// Node: calls `then()` when the event loop has nothing left to do (a task awaits a promise that
// nothing will settle), instead of letting the process exit with run() unsettled. Returns a
// function that stops it.
function whenEventLoopEmpty(then) {
  if (!isNode) return () => {};
  process.once('beforeExit', then);
  return () => process.off('beforeExit', then);
}

function buildImportObject(module, name, bindings, runtime, wasi, rawImports) {
  for (const reserved of [IMPORT_MODULE, RUNTIME_MODULE]) {
    if (Object.hasOwn(rawImports, reserved)) {
      throw new Error(`jsinterop: options.imports cannot provide '${reserved}': the jsinterop runtime does`);
    }
  }
  const wasiImports = wasi.importObject(module);
  // fd_write calls the output sinks (options.stdout, options.stderr): JS code.
  if (wasiImports.fd_write) wasiImports.fd_write = unwindIfEnded(wasiImports.fd_write, runtime);
  const importObject = {
    ...rawImports,
    [WASI_MODULE]: { ...wasiImports, ...rawImports[WASI_MODULE] },
    ...bindingImports(bindings, runtime),
  };
  // Say which import is missing, rather than WebAssembly's LinkError.
  for (const { module: from, name: field, kind } of WebAssembly.Module.imports(module)) {
    if (importObject[from]?.[field] === undefined) {
      throw new Error(`jsinterop: ${name} imports ${kind} '${from}.${field}', which nothing provides (see options.imports)`);
    }
  }
  return importObject;
}

async function registerModules(modules, baseUrl) {
  const entries = await Promise.all(
    Object.entries(modules).map(async ([moduleName, value]) => [
      moduleName,
      checkNamespace(moduleName, typeof value === 'string' ? await importModule(value, baseUrl) : value),
    ]),
  );
  return new Map(entries);
}

function checkNamespace(moduleName, namespace) {
  if (namespace === null || (typeof namespace !== 'object' && typeof namespace !== 'function')) {
    throw new TypeError(`jsinterop: module '${moduleName}' must be an object of functions, got ${namespace === null ? 'null' : typeof namespace}`);
  }
  return namespace;
}

// Node: the process's streams, which console.log also writes to, so the order is kept. A browser:
// the console, one call per line.
function defaultSink(stream, log) {
  return isNode ? (text) => process[stream].write(text) : lineSink(log);
}
