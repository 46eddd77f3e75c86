// The app object that the conformance harness expects (test/node/conformance/harness.js's load), made
// from the factory of a -sMODULARIZE build as instantiate() would make it. No Node API: toolchain.js
// uses it in Node (the factory from require()), and the pages of test/browser/emscripten-*.test.js
// in headless Chromium (the factory from a <script> or an ES module).
//
// Returns { app: { exports, memory, instance, run() }, exports, out(), err() }. main runs at run()
// (noInitialRun), with options.args. config is added to the factory's Module (print and printErr
// replace the collection of stdout and stderr; jsinteropBaseUrl, say).
export async function startEmscripten(factory, modules = {}, options = {}, config = {}) {
  let stdout = '';
  let stderr = '';
  const Module = await factory({
    jsinteropModules: modules,
    noInitialRun: true,
    print: (line) => (stdout += `${line}\n`),
    printErr: (line) => (stderr += `${line}\n`),
    quit: (status, error) => {
      throw error; // to run()'s caller, rather than setting the process's exit code
    },
    ...config,
  });
  const { exports, instance } = Module.jsinterop;
  const app = {
    exports,
    instance,
    memory: instance.exports.memory,
    // main, then the tasks it spawned, as instantiate()'s run() waits for them.
    async run() {
      const code = Module.callMain(options.args ?? []);
      while ((instance.exports.jsinterop_pending_tasks?.() ?? 0) > 0) await new Promise((r) => setTimeout(r, 1));
      return code;
    },
  };
  return { app, exports, out: () => stdout, err: () => stderr };
}
