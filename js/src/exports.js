// The JS side of [[jsinterop::export]]: a function per descriptor that checks its JS arguments,
// lowers them, calls the wasm export and lifts the result; and the tree of namespaces that
// app.exports presents them in.
import { describeValue, wireTypes } from './wire.js';

export function createExport(descriptor, wasmFunction, runtime) {
  const { path } = descriptor;
  const params = descriptor.params.map((param) => ({ ...param, wire: wireTypes[param.type] }));
  const checks = params.map((param) => argumentCheck(path, param));
  const site = {
    wasm: wasmFunction,
    lift: wireTypes[descriptor.result].liftExportResult(runtime.heap),
    countError: (count) =>
      new TypeError(`${path}: expects ${params.length} argument${params.length === 1 ? '' : 's'}, got ${count}`),
    enter: () => runtime.assertAlive(),
    failure: (error) => runtime.failure(error, path),
  };
  const fixedArity = fixedArityExports[params.length];
  const exported =
    fixedArity && params.every((param) => param.wire.wasmValues === 1)
      ? fixedArity(site, params.map((param, index) => checkedLower(checks[index], param.wire.lower)))
      : anyArityExport(site, params, checks, runtime.heap);
  Object.defineProperty(exported, 'name', { value: path });
  return exported;
}

// (value) => throws a TypeError naming the export and the parameter unless the value fits.
function argumentCheck(path, { name, wire }) {
  return (value) => {
    if (!wire.accepts(value)) {
      throw new TypeError(`${path}: parameter '${name}' expects ${wire.expects}, got ${describeValue(value)}`);
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

// Any other signature: strings (which allocate), or many parameters.
function anyArityExport(site, params, checks, heap) {
  const lowers = params.map((param) => param.wire.lowerExportParam(heap));
  return function (...args) {
    if (args.length !== params.length) throw site.countError(args.length);
    // Every argument is checked before any is lowered: a string already copied in would leak.
    checks.forEach((check, index) => check(args[index]));
    site.enter();
    try {
      const wasmArgs = [];
      lowers.forEach((lower, index) => lower(args[index], wasmArgs));
      return site.lift(site.wasm(...wasmArgs));
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
