// The JS side of [[jsinterop::export]]: a function per descriptor that checks its JS arguments,
// lowers them, calls the wasm export and lifts the result; and the tree of namespaces that
// app.exports presents them in.
import { ErrorValue, messageOf } from './runtime.js';
import { misfit } from './wire.js';

// binding: { descriptor, params, result } (abi.js readBindings, readExportRecords); wasmFunction
// takes the wasm values: a direct export, or a dispatcher bound to the exported function.
export function createExport({ descriptor, params: wires, result }, wasmFunction, runtime) {
  const { path } = descriptor;
  const params = descriptor.params.map((param, index) => ({ name: param.name, wire: wires[index] }));
  const site = {
    wasm: wasmFunction,
    lift: resultLift(result, runtime, path),
    countError: (count) =>
      new TypeError(`${path}: expects ${params.length} argument${params.length === 1 ? '' : 's'}, got ${count}`),
    enter: () => runtime.assertAlive(),
    failure: (error) => runtime.failure(error, path),
  };
  // One-value parameters that allocate nothing (no handle) can be lowered as they are checked.
  const fixedArity = fixedArityExports[params.length];
  const exported =
    fixedArity && params.every(({ wire }) => wire.wasmValues === 1 && !wire.allocates)
      ? fixedArity(site, params.map((param) => checkedLower(scalarCheck(path, param, runtime), param.wire.lower(runtime))))
      : anyArityExport(site, params, params.map((param) => argumentCheck(path, param, runtime)), runtime);
  Object.defineProperty(exported, 'name', { value: path });
  return exported;
}

// wasm result => JS value. For result<T>, the runtime library is asked for the error first: one is
// thrown as it is (ErrorValue takes it past the failure handling, which would end the instance).
function resultLift(result, rt, path) {
  if (result.kind !== 'result') return namingExport(result, result.liftExportResult(rt), path);
  const lift = namingExport(result.inner, result.inner.liftExportResult(rt), path);
  return (wasmResult) => {
    const error = rt.heap.exports.jsinterop_take_export_error();
    if (error !== 0) throw new ErrorValue(rt.values.take(error));
    return lift(wasmResult);
  };
}

// A C++ result that has no JS value (an int64_number beyond 2^53, a date outside a Date's range)
// ends the instance as any C++ misfit does, with an error that names the export.
function namingExport(wire, lift, path) {
  if (!wire.liftMayFail) return lift;
  return (wasmResult) => {
    try {
      return lift(wasmResult);
    } catch (error) {
      throw new Error(`${messageOf(error)} (the result of ${path})`, { cause: error });
    }
  };
}

const misfitError = (path, name, wire, detail, cause) =>
  new TypeError(`${path}: parameter '${name}' expects ${wire.expects}, got ${detail}`, cause && { cause });

// (value) => the value as it crosses (wire.js copyIn: each part read once, while the check runs),
// or a TypeError naming the export and the parameter: when it does not fit, and when reading it
// throws (a getter, a revoked Proxy). No JS code runs after the checks, so only wasm can fail the
// call and end the instance.
function argumentCheck(path, { name, wire }, rt) {
  return (value) => {
    let copied;
    let fits;
    try {
      copied = wire.copyIn(value, rt);
      fits = wire.accepts(copied, rt);
    } catch (error) {
      throw misfitError(path, name, wire, `a value that threw when read (${readableMessage(error)})`, error);
    }
    if (!fits) throw misfitError(path, name, wire, misfit(wire, copied, rt));
    return copied;
  };
}

// The same for a value that is one wasm value and allocates nothing: a primitive (or a Date, read
// from its internal slot), which `accepts` reads without running JS code.
function scalarCheck(path, { name, wire }, rt) {
  return (value) => {
    if (!wire.accepts(value, rt)) throw misfitError(path, name, wire, misfit(wire, value, rt));
  };
}

function readableMessage(error) {
  try {
    return messageOf(error);
  } catch {
    return 'an error whose message cannot be read';
  }
}

function checkedLower(check, lower) {
  return (value) => {
    check(value);
    return lower(value);
  };
}

// Export functions for signatures of one-value parameters, by parameter count: no rest parameter and
// no argument array per call. `arguments.length` only counts, which keeps them fast. Each is a
// method, which is not a constructor: `new` on an export is a TypeError.
const fixedArityExports = [
  (site) =>
    ({
      export() {
        if (arguments.length !== 0) throw site.countError(arguments.length);
        site.enter();
        try {
          return site.lift(site.wasm());
        } catch (error) {
          throw site.failure(error);
        }
      },
    }).export,
  (site, [lower0]) =>
    ({
      export(a0) {
        if (arguments.length !== 1) throw site.countError(arguments.length);
        const w0 = lower0(a0);
        site.enter();
        try {
          return site.lift(site.wasm(w0));
        } catch (error) {
          throw site.failure(error);
        }
      },
    }).export,
  (site, [lower0, lower1]) =>
    ({
      export(a0, a1) {
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
    }).export,
  (site, [lower0, lower1, lower2]) =>
    ({
      export(a0, a1, a2) {
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
    }).export,
  (site, [lower0, lower1, lower2, lower3]) =>
    ({
      export(a0, a1, a2, a3) {
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
    }).export,
];

// Any other signature: strings, handles, views (which allocate), or many parameters. Each argument
// is read once, by its check, before anything is lowered: a string already copied in would leak,
// and lowering reads the checked copies, never the arguments again.
function anyArityExport(site, params, checks, rt) {
  const lowers = params.map((param) => param.wire.lowerExportParam(rt));
  return {
    export(...args) {
      if (args.length !== params.length) throw site.countError(args.length);
      for (let index = 0; index < args.length; index++) args[index] = checks[index](args[index]);
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
    },
  }.export;
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
