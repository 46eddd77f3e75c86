// The JS side of [[jsinterop::export]]: a function per descriptor that checks its JS arguments,
// lowers them, calls the wasm export and lifts the result; and the tree of namespaces that
// app.exports presents them in.
import { ErrorValue, messageOf } from './runtime.js';
import { MAX_ARITY, chain, nextMethod, nextScalarExport } from './call-sites.js';
import { misfit } from './wire.js';

// binding: { descriptor, params, result } (abi.js readBindings, readExportRecords); wasmFunction
// takes the wasm values: a direct export, or a dispatcher bound to the exported function. A method,
// getter or setter of an exported class ("receiver": true) is a function of `this`, its first
// parameter (classes.js puts it on the class's prototype).
export function createExport({ descriptor, params: wires, result, dispatch, target }, wasmFunction, runtime) {
  const { path } = descriptor;
  const params = descriptor.params.map((param, index) => ({ name: param.name, wire: wires[index] }));
  const arity = descriptor.receiver === true ? params.length - 1 : params.length; // what JS passes
  const site = {
    rt: runtime,
    wasm: wasmFunction,
    lift: resultLift(result, runtime, path),
    countError: (count) => new TypeError(`${path}: expects ${arity} argument${arity === 1 ? '' : 's'}, got ${count}`),
    failure: (error) => runtime.failure(error, path),
  };
  if (descriptor.receiver === true) {
    // A record's dispatcher and target, which the copies call as they are; -1 for a direct export.
    site.dispatch = dispatch;
    site.target = target ?? -1;
    return methodExport(site, descriptor, params, runtime);
  }
  const exported = scalarExport(site, params, path, runtime) ?? anyExport(site, params, path, runtime);
  Object.defineProperty(exported, 'name', { value: path });
  return exported;
}

// Parameters that the copies of call-sites.js take: one-value scalars (no handle, nothing to free,
// no instance to borrow), as many as the copies have.
const scalarParams = (params) =>
  params.length <= MAX_ARITY && params.every(({ wire }) => wire.wasmValues === 1 && !wire.allocates && !wire.borrows);

// An export whose parameters are scalars, from the next copy of the template of its arity
// (call-sites.js); null for any other export.
function scalarExport(site, params, path, rt) {
  if (!scalarParams(params)) return null;
  scalarSite(site, params, path, rt);
  return nextScalarExport(params.length)(site);
}

// site.k<i>, site.p<i>: how the copies lower the parameters; and the call closed at the end.
function scalarSite(site, params, path, rt) {
  params.forEach((param, index) => {
    site[`k${index}`] = param.wire.lowerAs;
    site[`p${index}`] = {
      lowerAs: param.wire.lowerAs,
      lower: checkedLower(scalarCheck(path, param, rt), param.wire.lower(rt)),
    };
  });
  // Once the instance has ended, the call throws assertAlive's error (the wrapper's catch passes it on).
  rt.closeAtEnd(() => {
    site.wasm = () => rt.assertAlive();
  });
}

// A method (or accessor) of an exported class: `this` checked (the address of a live instance of
// site.type, or the TypeError site.notSelf makes), then the other parameters. Scalar ones take the next copy
// of the method template (call-sites.js): a method call costs about what a free function's does.
// The call borrows `this` (classes.js ClassTable says who counts it).
function methodExport(site, descriptor, params, rt) {
  const { path } = descriptor;
  const classes = rt.classes;
  Object.assign(site, classes.receiver(descriptor.class, path));
  const rest = params.slice(1);
  // The copies count no borrow: the runtime library does, in wasm (classes.js).
  if (scalarParams(rest) && classes.borrowsInWasm) {
    scalarSite(site, rest, path, rt);
    rt.closeAtEnd(() => {
      site.dispatch = () => rt.assertAlive();
    });
    return nextMethod(rest.length)(site);
  }
  // `this` is checked again, as the first argument, and counted with the others by anyExport.
  const exported = anyExport(site, params, path, rt);
  return function method(...args) {
    if (args.length !== rest.length) throw site.countError(args.length);
    site.self(this);
    return exported(this, ...args);
  };
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

// Any other export: strings, handles, views, or more parameters than the copies take. Each argument
// is read once, by its check, before anything is lowered: a string already copied in would leak,
// and lowering reads the checked copies, never the arguments again. One function literal for all
// (the calls in it are megamorphic, which costs little beside a string's or a handle's crossing);
// the first four arguments in variables, the others in an array: no rest parameter, no array per
// call and no spread call for up to four, which cost more than the rest of a short string's call.
function anyExport(site, params, path, rt) {
  // A call that may borrow an instance (an argument that is or holds one) is counted (classes.js).
  const borrows = params.some(({ wire }) => wire.borrows) ? rt.classes.borrows : null;
  const checks = params.map((param) => argumentCheck(path, param, rt));
  const lowers = params.map((param) => param.wire.lowerExportParam(rt));
  const [check0, check1, check2, check3] = checks;
  const [lower0, lower1, lower2, lower3] = lowers;
  // Where each parameter's wasm values go among the call's, and how many there are.
  const at = [];
  let wasmValues = 0;
  for (const { wire } of params) {
    at.push(wasmValues);
    wasmValues += wire.wasmValues;
  }
  const [at0, at1, at2, at3] = at;
  const count = params.length;
  const { heap } = rt;
  return {
    export(a0, a1, a2, a3) {
      if (arguments.length !== count) throw site.countError(arguments.length);
      // From the first check on: a getter or a Proxy trap that reads a later argument may dispose an
      // instance an earlier one holds (classes.js borrows).
      const outer = borrows !== null && borrows.state === 0; // the outermost call that may borrow
      if (outer) borrows.state = 1;
      let c0, c1, c2, c3, more;
      try {
        c0 = count > 0 ? check0(a0) : undefined;
        c1 = count > 1 ? check1(a1) : undefined;
        c2 = count > 2 ? check2(a2) : undefined;
        c3 = count > 3 ? check3(a3) : undefined;
        more = count > 4 ? Array.from(arguments).slice(4).map((value, index) => checks[index + 4](value)) : null;
        // Tested here, not by closeAtEnd as one-value exports are: lowering calls into the module
        // (jsinterop_alloc, jsinterop_string_argument), which must not run once it has ended.
        rt.assertAlive();
      } catch (error) {
        if (outer) rt.classes.settle();
        throw error;
      }
      const top = heap.argumentTop; // the arguments' part of the argument area, until the call returns
      try {
        const w = new Array(wasmValues);
        let after; // what to do once the call returns: copy a typed array back, say
        if (count > 0) after = lower0(c0, w, at0);
        if (count > 1) after = chain(after, lower1(c1, w, at1));
        if (count > 2) after = chain(after, lower2(c2, w, at2));
        if (count > 3) after = chain(after, lower3(c3, w, at3));
        if (more !== null) more.forEach((value, index) => (after = chain(after, lowers[index + 4](value, w, at[index + 4]))));
        const result = callWasm(site.wasm, w);
        if (after !== undefined) after();
        return site.lift(result);
      } catch (error) {
        throw site.failure(error);
      } finally {
        heap.argumentTop = top;
        if (outer) {
          if (borrows.state === 1) borrows.state = 0;
          else rt.classes.settle();
        }
      }
    },
  }.export;
}

// wasm(...w), with exactly w's values (V8 calls a wasm function with more or fewer through its
// generic wrapper, which costs more) and without a spread for the common counts.
function callWasm(wasm, w) {
  switch (w.length) {
    case 0:
      return wasm();
    case 1:
      return wasm(w[0]);
    case 2:
      return wasm(w[0], w[1]);
    case 3:
      return wasm(w[0], w[1], w[2]);
    case 4:
      return wasm(w[0], w[1], w[2], w[3]);
    default:
      return wasm(...w);
  }
}

// app.exports: each export at its dotted path, in frozen namespace objects. classes: [path, JS
// class] of the exported classes, each also a namespace of its statics (frozen too).
export function buildExportTree(functions, moduleName, classes = []) {
  const root = {};
  const namespaces = [root];
  const classNodes = new Set(classes.map(([, Class]) => Class));
  for (const [path, exported] of [...classes, ...functions]) {
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
      if (typeof namespace === 'function' && !classNodes.has(namespace)) {
        throw collision(moduleName, path, segments.slice(0, index + 1).join('.'), 'an exported function');
      }
    });
    // A class's own name and length give way to statics of those names.
    const builtIn = classNodes.has(namespace) && (name === 'name' || name === 'length');
    if (Object.hasOwn(namespace, name) && !builtIn) {
      const taken = classNodes.has(namespace[name]) ? 'an exported class'
        : typeof namespace[name] === 'function' ? 'an exported function' : 'a namespace';
      throw collision(moduleName, path, path, taken);
    }
    define(namespace, name, exported);
    if (classNodes.has(exported)) namespaces.push(exported);
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
