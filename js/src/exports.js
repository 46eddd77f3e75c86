// The JS side of [[jsinterop::export]]: a function per descriptor that checks its JS arguments,
// lowers them, calls the wasm export and lifts the result; and the tree of namespaces that
// app.exports presents them in.
import { ErrorValue } from './runtime.js';
import { misfit } from './wire.js';

// binding: { descriptor, params, result } (abi.js readBindings, readExportRecords); wasmFunction
// takes the wasm values: a direct export, or a dispatcher bound to the exported function.
export function createExport({ descriptor, params: wires, result }, wasmFunction, runtime) {
  const { path } = descriptor;
  const params = descriptor.params.map((param, index) => ({ name: param.name, wire: wires[index] }));
  const checks = params.map((param) => argumentCheck(path, param, runtime));
  const site = {
    wasm: wasmFunction,
    lift: resultLift(result, runtime),
    countError: (count) =>
      new TypeError(`${path}: expects ${params.length} argument${params.length === 1 ? '' : 's'}, got ${count}`),
    enter: () => runtime.assertAlive(),
    failure: (error) => runtime.failure(error, path),
  };
  // One-value parameters that allocate nothing (no handle) can be lowered as they are checked.
  const fixedArity = fixedArityExports[params.length];
  const exported =
    fixedArity && params.every(({ wire }) => wire.wasmValues === 1 && !wire.allocates)
      ? fixedArity(site, params.map((param, index) => checkedLower(checks[index], param.wire.lower(runtime))))
      : anyArityExport(site, params, checks, runtime);
  Object.defineProperty(exported, 'name', { value: path });
  return exported;
}

// wasm result => JS value. For result<T>, the runtime library is asked for the error first: one is
// thrown as it is (ErrorValue takes it past the failure handling, which would end the instance).
function resultLift(result, rt) {
  if (result.kind !== 'result') return result.liftExportResult(rt);
  const lift = result.inner.liftExportResult(rt);
  return (wasmResult) => {
    const error = rt.heap.exports.jsinterop_take_export_error();
    if (error !== 0) throw new ErrorValue(rt.values.take(error));
    return lift(wasmResult);
  };
}

// (value) => throws a TypeError naming the export and the parameter unless the value fits.
function argumentCheck(path, { name, wire }, rt) {
  return (value) => {
    if (!wire.accepts(value, rt)) {
      throw new TypeError(`${path}: parameter '${name}' expects ${wire.expects}, got ${misfit(wire, value, rt)}`);
    }
  };
}

function checkedLower(check, lower) {
  return (value) => {
    check(value);
    return lower(value);
  };
}

// Export functions for signatures of one-value parameters, by parameter count: no rest parameter and
// no argument array per call. `arguments.length` only counts, which keeps them fast.
const fixedArityExports = [
  (site) =>
    function () {
      if (arguments.length !== 0) throw site.countError(arguments.length);
      site.enter();
      try {
        return site.lift(site.wasm());
      } catch (error) {
        throw site.failure(error);
      }
    },
  (site, [lower0]) =>
    function (a0) {
      if (arguments.length !== 1) throw site.countError(arguments.length);
      const w0 = lower0(a0);
      site.enter();
      try {
        return site.lift(site.wasm(w0));
      } catch (error) {
        throw site.failure(error);
      }
    },
  (site, [lower0, lower1]) =>
    function (a0, a1) {
      if (arguments.length !== 2) throw site.countError(arguments.length);
      const w0 = lower0(a0);
      const w1 = lower1(a1);
      site.enter();
      try {
        return site.lift(site.wasm(w0, w1));
      } catch (error) {
        throw site.failure(error);
      }
    },
  (site, [lower0, lower1, lower2]) =>
    function (a0, a1, a2) {
      if (arguments.length !== 3) throw site.countError(arguments.length);
      const w0 = lower0(a0);
      const w1 = lower1(a1);
      const w2 = lower2(a2);
      site.enter();
      try {
        return site.lift(site.wasm(w0, w1, w2));
      } catch (error) {
        throw site.failure(error);
      }
    },
  (site, [lower0, lower1, lower2, lower3]) =>
    function (a0, a1, a2, a3) {
      if (arguments.length !== 4) throw site.countError(arguments.length);
      const w0 = lower0(a0);
      const w1 = lower1(a1);
      const w2 = lower2(a2);
      const w3 = lower3(a3);
      site.enter();
      try {
        return site.lift(site.wasm(w0, w1, w2, w3));
      } catch (error) {
        throw site.failure(error);
      }
    },
];

// Any other signature: strings, handles, views (which allocate), or many parameters.
function anyArityExport(site, params, checks, rt) {
  const lowers = params.map((param) => param.wire.lowerExportParam(rt));
  return function (...args) {
    if (args.length !== params.length) throw site.countError(args.length);
    // Every argument is checked before any is lowered: a string already copied in would leak.
    checks.forEach((check, index) => check(args[index]));
    site.enter();
    try {
      const wasmArgs = [];
      let after = null; // what to do once the call returns: copy a typed array back, say
      lowers.forEach((lower, index) => {
        const then = lower(args[index], wasmArgs);
        if (then !== undefined) (after ??= []).push(then);
      });
      const wasmResult = site.wasm(...wasmArgs);
      if (after !== null) after.forEach((then) => then());
      return site.lift(wasmResult);
    } catch (error) {
      throw site.failure(error);
    }
  };
}

// app.exports: each export at its dotted path, in frozen namespace objects.
export function buildExportTree(functions, moduleName) {
  const root = {};
  const namespaces = [root];
  for (const [path, exported] of functions) {
    const segments = path.split('.');
    const name = segments.pop();
    let namespace = root;
    segments.forEach((segment, index) => {
      if (!Object.hasOwn(namespace, segment)) {
        const child = {};
        define(namespace, segment, child);
        namespaces.push(child);
      }
      namespace = namespace[segment];
      if (typeof namespace === 'function') {
        throw collision(moduleName, path, segments.slice(0, index + 1).join('.'), 'an exported function');
      }
    });
    if (Object.hasOwn(namespace, name)) {
      const taken = typeof namespace[name] === 'function' ? 'an exported function' : 'a namespace';
      throw collision(moduleName, path, path, taken);
    }
    define(namespace, name, exported);
  }
  namespaces.forEach(Object.freeze);
  return root;
}

function collision(moduleName, path, takenPath, taken) {
  return new Error(`jsinterop: ${moduleName} cannot export '${path}': '${takenPath}' is already ${taken}`);
}

// defineProperty, so that a name such as __proto__ is an ordinary property.
function define(object, key, value) {
  Object.defineProperty(object, key, { value, enumerable: true });
}
