// The JS side of [[jsinterop::import]]: one function per descriptor, with the wasm signature of its
// wire types, that lifts the wasm arguments, calls the JS function the descriptor names and lowers
// its result.
import { describeBinding } from './abi.js';
import { messageOf } from './format.js';
import { MAX_ARITY, arg, fits, nextImport } from './call-sites.js';
import { describeValue, LIFT_AS_IS, LIFT_STRING, LOWER_INT32, misfit } from './wire.js';

// ZERO[letter]: what an import returns, in the wasm type of its result, when it returns an error.
const ZERO = { '': undefined, p: undefined, i: 0, f: 0, d: 0, I: 0n };

// binding: { descriptor, params, result } (abi.js readBindings).
export function createImport({ descriptor, params, result }, runtime) {
  const label = describeBinding(descriptor);
  const site = {
    rt: runtime,
    target: null, // resolved at the first call, so that setModuleImports after instantiate() counts
    resolve: () => (site.target = resolveTarget(descriptor, runtime.modules, label)),
    threw: (error) =>
      // Once the instance ended, what ended it is the error to report.
      runtime.isDead ? runtime.unwinding() : new Error(`jsinterop: ${label} threw: ${messageOf(error)}`, { cause: error }),
    // (value, slot) => wasm result, for a value that call-sites.js fits() does not pass as it is
    lower: result.kind === 'void' ? ignore : checkedResult(result, runtime, label),
    result: result.lowerAs,
  };
  if (result.kind === 'result') return resultImport(site, params, result.inner, runtime, label);
  const readers = wideReaders(params, result.resultInMemory ? 1 : 0, runtime);
  if (readers === null) return anyArityImport(site, params, result.resultInMemory, runtime);
  site.arity = params.length;
  site.direct = readers.every((reader, index) => reader.liftAs === LIFT_AS_IS && reader.offset === index);
  readers.forEach((reader, index) => {
    site[`p${index}`] = reader;
  });
  const oneValue = !result.resultInMemory && params.every((param) => param.wasmValues === 1);
  if (oneValue && descriptor.call === 'method' && !descriptor.path.includes('.')) {
    // The copy calls the method itself (call-sites.js); the target closure serves the other paths.
    site.method = true;
    site.name = descriptor.path;
    site.notMethod = (method) => {
      throw new TypeError(`method "${site.name}" of its receiver is ${describeValue(method)}, not a function`);
    };
  }
  return oneValue ? nextImport(params.length)(site) : wideImport(site);
}

const ignore = () => undefined;

// The readers of call-sites.js lift() and arg() for the parameters, or null when neither the copies
// nor wideImport can take them: more parameters or wasm values than they have, or a parameter that
// is neither one wasm value nor a string (a span's view must be disposed after the call:
// anyArityImport does).
function wideReaders(params, firstOffset, rt) {
  if (params.length > MAX_ARITY) return null;
  let offset = firstOffset;
  const readers = [];
  for (const param of params) {
    if (param.wasmValues !== 1 && param.liftAs !== LIFT_STRING) return null;
    readers.push({ offset, liftAs: param.liftAs, lift: param.wasmValues === 1 ? param.lift(rt) : null, values: rt.values, heap: rt.heap });
    offset += param.wasmValues;
  }
  return offset > MAX_WASM_VALUES ? null : readers;
}

const MAX_WASM_VALUES = 8; // wideImport's a0..a7

const misfitMessage = (label, result, value, rt) =>
  `jsinterop: ${label} returned ${misfit(result, value, rt)}, but its C++ result needs ${result.expects}`;

// The JS value an import returned, as it crosses: read once (wire.js copyIn: an array's length and
// elements), so that the check and the lowering see the same value, and checked. A value that does not
// fit, or that throws when read (a getter, a revoked Proxy), throws a `Failure` naming the import.
// Only a value whose lowering allocates (a string, a handle) can run JS code when read: a number or a
// Date is read from its value or internal slot, and is not copied (one call less per import call).
function checkedCopy(result, value, rt, label, Failure) {
  let copied;
  let fits;
  try {
    copied = result.allocates ? result.copyIn(value, rt) : value;
    fits = result.accepts(copied, rt);
  } catch (error) {
    throw new Failure(`jsinterop: ${label} returned a value that threw when read: ${messageOf(error)}`, { cause: error });
  }
  if (!fits) throw new Failure(misfitMessage(label, result, copied, rt));
  return copied;
}

// (value, slot) => wasm result, after checking that the JS value has the declared type.
function checkedResult(result, rt, label) {
  const lower = result.lowerImportResult(rt);
  return (value, slot) => lower(checkedCopy(result, value, rt, label, Error), slot);
}

// (wasmArgs, offset) => the JS arguments, and which of them to dispose after the call (span views).
function argumentReader(params, firstOffset, rt) {
  const readers = params.map((param) => param.liftImportParam(rt));
  const offsets = [];
  params.reduce((offset, param) => {
    offsets.push(offset);
    return offset + param.wasmValues;
  }, firstOffset);
  const read = (wasmArgs) => readers.map((reader, index) => reader(wasmArgs, offsets[index]));
  const spans = params.flatMap((param, index) => (param.disposeAfterImport ? [index] : []));
  const dispose = spans.length === 0 ? null : (args) => spans.forEach((index) => args[index].dispose());
  return { read, dispose };
}

// An import whose C++ result is result<T>: wasm arguments (error slot, [result slot], params...). A
// throw, or a value that does not fit T, becomes a new handle in the error slot, and the result is 0.
function resultImport(site, params, inner, rt, label) {
  const { read, dispose } = argumentReader(params, inner.resultInMemory ? 2 : 1, rt);
  const lower = inner.lowerImportResult(rt);
  const zero = ZERO[inner.resultWasm];
  const fail = (errorSlot, error) => {
    rt.heap.writeU32(errorSlot, rt.values.add(error));
    return zero;
  };
  return (...wasmArgs) => {
    const target = site.target ?? site.resolve();
    const args = read(wasmArgs);
    let value;
    try {
      value = target(...args);
    } catch (error) {
      if (rt.isDead) throw rt.unwinding();
      return fail(wasmArgs[0], error);
    } finally {
      if (dispose) dispose(args);
    }
    let copied;
    try {
      copied = checkedCopy(inner, value, rt, label, TypeError);
    } catch (error) {
      return leave(rt, fail(wasmArgs[0], error));
    }
    return leave(rt, lower(copied, wasmArgs[1]));
  };
}

// What an import returns to wasm, unless the JS code it ran ended the instance (it called a C++
// callback that trapped, and caught the error): then wasm must unwind, not go on with main
// (docs/design.md, "What ends a program, and what it prints").
function leave(runtime, wasmResult) {
  if (runtime.isDead) throw runtime.unwinding();
  return wasmResult;
}

// An import whose parameters are one wasm value or a string, with at most 8 wasm values (a result
// slot first, if any): one function literal for all such imports (its calls are megamorphic, which
// costs little beside a string's crossing), without a rest parameter or argument arrays.
function wideImport(site) {
  const { rt } = site;
  return (a0, a1, a2, a3, a4, a5, a6, a7) => {
    const target = site.target ?? site.resolve();
    let value;
    try {
      switch (site.arity) {
        case 0:
          value = target();
          break;
        case 1:
          value = target(arg(site.p0, a0, a1, a2, a3, a4, a5, a6, a7));
          break;
        case 2:
          value = target(arg(site.p0, a0, a1, a2, a3, a4, a5, a6, a7), arg(site.p1, a0, a1, a2, a3, a4, a5, a6, a7));
          break;
        case 3:
          value = target(
            arg(site.p0, a0, a1, a2, a3, a4, a5, a6, a7),
            arg(site.p1, a0, a1, a2, a3, a4, a5, a6, a7),
            arg(site.p2, a0, a1, a2, a3, a4, a5, a6, a7),
          );
          break;
        default:
          value = target(
            arg(site.p0, a0, a1, a2, a3, a4, a5, a6, a7),
            arg(site.p1, a0, a1, a2, a3, a4, a5, a6, a7),
            arg(site.p2, a0, a1, a2, a3, a4, a5, a6, a7),
            arg(site.p3, a0, a1, a2, a3, a4, a5, a6, a7),
          );
      }
    } catch (error) {
      throw site.threw(error);
    }
    // An int32 tested here, as the copies do: through fits() alone it costs a third more.
    const wasm =
      (site.result === LOWER_INT32 && typeof value === 'number' && (value | 0) === value) || fits(site.result, value)
        ? value
        : site.lower(value, a0);
    if (rt.isDead) throw rt.unwinding();
    return wasm;
  };
}

// Any other signature: views, many parameters (a result in memory's slot comes first).
function anyArityImport(site, params, takesSlot, rt) {
  const { read, dispose } = argumentReader(params, takesSlot ? 1 : 0, rt);
  return (...wasmArgs) => {
    const target = site.target ?? site.resolve();
    const args = read(wasmArgs);
    let value;
    try {
      value = target(...args);
    } catch (error) {
      throw site.threw(error);
    } finally {
      if (dispose) dispose(args);
    }
    return leave(rt, site.lower(value, takesSlot ? wasmArgs[0] : undefined));
  };
}

// What an import calls, by its descriptor's "call" (docs/cpp-api.md, "Import kinds"): the function
// at its path, bound to the object that holds it; or a function that calls a method of its first
// argument (the receiver), constructs (`new`), or reads or writes a property, of the receiver when
// it has one (a getter of one parameter, a setter of two) or else at the path.
function resolveTarget({ path, module, call, receiver, params }, modules, label) {
  const cannotCall = (why) => new Error(`jsinterop: ${label} cannot be called: ${why}`);
  const segments = path.split('.');
  const name = segments.pop();
  if (receiver === true) {
    return onReceiver(call, segments, name, params, label);
  }
  let holder;
  let walked;
  if (module === undefined) {
    if (segments[0] === 'globalThis') segments.shift();
    holder = globalThis;
    walked = 'globalThis';
  } else {
    if (!modules.has(module)) {
      throw cannotCall(
        `module '${module}' is not registered (pass it in options.modules or call setModuleImports('${module}', ...))`,
      );
    }
    holder = modules.get(module);
    walked = `module '${module}'`;
  }
  if (module === undefined && segments.length === 0 && name === 'globalThis') throw cannotCall('its path names no function');
  for (const segment of segments) {
    holder = holder[segment];
    walked += `.${segment}`;
    if (holder === undefined || holder === null) throw cannotCall(`${walked} is ${holder}`);
  }
  const at = holder;
  switch (call) {
    case undefined:
    case 'new': {
      const target = at[name];
      const what = call === undefined ? 'a function' : 'a constructor';
      if (typeof target !== 'function') throw cannotCall(`${walked}.${name} is ${describeValue(target)}, not ${what}`);
      return call === undefined ? target.bind(at) : (...args) => Reflect.construct(target, args);
    }
    case 'get':
      return () => at[name];
    case 'set':
      return (value) => {
        at[name] = value;
      };
    default:
      throw cannotCall(`its descriptor's call "${call}" is not one this runtime knows: rebuild it with this release`);
  }
}

// The target of a method, getter or setter import of a receiver: the path after the receiver is
// walked at each call, as JS would.
function onReceiver(call, segments, name, params, label) {
  const holderOf = (receiver) => {
    let holder = receiver;
    let walked = 'its receiver';
    for (let at = 0; ; at++) {
      if (holder === undefined || holder === null) throw new TypeError(`jsinterop: ${label}: ${walked} is ${holder}`);
      if (at === segments.length) return holder;
      holder = holder[segments[at]];
      walked += `.${segments[at]}`;
    }
  };
  const methodOf = (holder) => {
    const method = holder[name];
    if (typeof method !== 'function') {
      throw new TypeError(`jsinterop: ${label}: method "${name}" of its receiver is ${describeValue(method)}, not a function`);
    }
    return method;
  };
  switch (call) {
    // By the number of arguments after the receiver: a rest parameter would make an array per call.
    case 'method':
      switch (params.length) {
        case 1:
          return (receiver) => {
            const holder = holderOf(receiver);
            return methodOf(holder).call(holder);
          };
        case 2:
          return (receiver, a) => {
            const holder = holderOf(receiver);
            return methodOf(holder).call(holder, a);
          };
        case 3:
          return (receiver, a, b) => {
            const holder = holderOf(receiver);
            return methodOf(holder).call(holder, a, b);
          };
        default:
          return (receiver, ...args) => {
            const holder = holderOf(receiver);
            return Reflect.apply(methodOf(holder), holder, args);
          };
      }
    case 'get':
      return (receiver) => holderOf(receiver)[name];
    default:
      return (receiver, value) => {
        holderOf(receiver)[name] = value;
      };
  }
}
