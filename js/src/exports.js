// The JS side of [[jsinterop::export]]: a function per descriptor that checks its JS arguments,
// lowers them, calls the wasm export and lifts the result; and the tree of namespaces that
// app.exports presents them in.
import { ErrorValue, messageOf } from './runtime.js';
import { MAX_ARITY, MAX_WASM_VALUES, exportWrapper, nextCopy } from './call-sites.js';
import { misfit } from './wire.js';

// binding: { descriptor, params, result } (abi.js readBindings, readExportRecords); wasmFunction
// takes the wasm values: a direct export, or a dispatcher bound to the exported function.
export function createExport({ descriptor, params: wires, result }, wasmFunction, runtime) {
  const { path } = descriptor;
  const params = descriptor.params.map((param, index) => ({ name: param.name, wire: wires[index] }));
  const site = {
    rt: runtime,
    wasm: wasmFunction,
    lift: resultLift(result, runtime, path),
    countError: (count) =>
      new TypeError(`${path}: expects ${params.length} argument${params.length === 1 ? '' : 's'}, got ${count}`),
    failure: (error) => runtime.failure(error, path),
  };
  const exported = copyExport(site, params, path, runtime) ?? anyArityExport(site, params, path, runtime);
  Object.defineProperty(exported, 'name', { value: path });
  return exported;
}

// The export from the next copy of its template (call-sites.js), or null when the copies cannot
// take it (too many parameters or wasm values). One-value parameters that allocate nothing (no
// handle) are checked and lowered as they come; any others are all checked first.
function copyExport(site, params, path, rt) {
  const wasmValues = params.reduce((count, { wire }) => count + wire.wasmValues, 0);
  if (params.length > MAX_ARITY || wasmValues > MAX_WASM_VALUES) return null;
  site.arity = params.length;
  if (params.every(({ wire }) => wire.wasmValues === 1 && !wire.allocates)) {
    params.forEach((param, index) => {
      site[`k${index}`] = param.wire.lowerAs;
      site[`p${index}`] = {
        lowerAs: param.wire.lowerAs,
        lower: checkedLower(scalarCheck(path, param, rt), param.wire.lower(rt)),
      };
    });
    return nextCopy('scalarExport')(site);
  }
  params.forEach((param, index) => {
    site[`c${index}`] = argumentCheck(path, param, rt);
    site[`l${index}`] = param.wire.lowerExportParam(rt);
  });
  return exportWrapper(params.length)(site);
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

// Any other signature: more parameters or wasm values than the copies take. Each argument is read
// once, by its check, before anything is lowered: a string already copied in would leak, and
// lowering reads the checked copies, never the arguments again.
function anyArityExport(site, params, path, rt) {
  const checks = params.map((param) => argumentCheck(path, param, rt));
  const lowers = params.map((param) => param.wire.lowerExportParam(rt));
  return {
    export(...args) {
      if (args.length !== params.length) throw site.countError(args.length);
      for (let index = 0; index < args.length; index++) args[index] = checks[index](args[index]);
      rt.assertAlive();
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
