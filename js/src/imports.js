// The JS side of [[jsinterop::import]]: one function per descriptor, with the wasm signature of its
// wire types, that lifts the wasm arguments, calls the JS function the descriptor names and lowers
// its result.
import { describeBinding } from './abi.js';
import { messageOf } from './runtime.js';
import { describeValue, wireTypes } from './wire.js';

export function createImport(descriptor, runtime) {
  const label = describeBinding(descriptor);
  const params = descriptor.params.map((param) => wireTypes[param.type]);
  const result = wireTypes[descriptor.result];
  let target = null;
  const site = {
    // Resolved at the first call, so that setModuleImports after instantiate() counts.
    target: () => target ?? (target = resolveTarget(descriptor, runtime.modules, label)),
    threw: (error) =>
      // An error that already ended the instance passes through unchanged: it is the one to report.
      runtime.isDead ? error : new Error(`jsinterop: ${label} threw: ${messageOf(error)}`, { cause: error }),
    returned: checkedResult(result, runtime.heap, label),
  };
  const fixedArity = fixedArityImports[params.length];
  if (fixedArity && !result.resultInMemory && params.every((param) => param.wasmValues === 1)) {
    return fixedArity(site, params.map((param) => param.lift));
  }
  return anyArityImport(site, params, result.resultInMemory, runtime.heap);
}

// (value, slot) => wasm result, after checking that the JS value has the declared type.
function checkedResult(result, heap, label) {
  const lower = result.lowerImportResult(heap);
  return (value, slot) => {
    if (!result.accepts(value)) {
      throw new Error(`jsinterop: ${label} returned ${describeValue(value)}, but its C++ result needs ${result.expects}`);
    }
    return lower(value, slot);
  };
}

// Import functions for signatures of one-value parameters, by parameter count: no rest parameter and
// no argument array per call.
const fixedArityImports = [
  (site) => () => {
    const target = site.target();
    let value;
    try {
      value = target();
    } catch (error) {
      throw site.threw(error);
    }
    return site.returned(value);
  },
  (site, [lift0]) => (a0) => {
    const target = site.target();
    let value;
    try {
      value = target(lift0(a0));
    } catch (error) {
      throw site.threw(error);
    }
    return site.returned(value);
  },
  (site, [lift0, lift1]) => (a0, a1) => {
    const target = site.target();
    let value;
    try {
      value = target(lift0(a0), lift1(a1));
    } catch (error) {
      throw site.threw(error);
    }
    return site.returned(value);
  },
  (site, [lift0, lift1, lift2]) => (a0, a1, a2) => {
    const target = site.target();
    let value;
    try {
      value = target(lift0(a0), lift1(a1), lift2(a2));
    } catch (error) {
      throw site.threw(error);
    }
    return site.returned(value);
  },
  (site, [lift0, lift1, lift2, lift3]) => (a0, a1, a2, a3) => {
    const target = site.target();
    let value;
    try {
      value = target(lift0(a0), lift1(a1), lift2(a2), lift3(a3));
    } catch (error) {
      throw site.threw(error);
    }
    return site.returned(value);
  },
];

// Any other signature: strings, many parameters, a result in memory (whose slot comes first).
function anyArityImport(site, params, takesSlot, heap) {
  const readers = params.map((param) => param.liftImportParam(heap));
  const offsets = [];
  params.reduce((offset, param) => {
    offsets.push(offset);
    return offset + param.wasmValues;
  }, takesSlot ? 1 : 0);
  return (...wasmArgs) => {
    const target = site.target();
    const args = readers.map((read, index) => read(wasmArgs, offsets[index]));
    let value;
    try {
      value = target(...args);
    } catch (error) {
      throw site.threw(error);
    }
    return site.returned(value, takesSlot ? wasmArgs[0] : undefined);
  };
}

// The function at the descriptor's path, bound to the object that holds it.
function resolveTarget({ path, module }, modules, label) {
  const cannotCall = (why) => new Error(`jsinterop: ${label} cannot be called: ${why}`);
  const segments = path.split('.');
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
  if (segments.length === 0) throw cannotCall('its path names no function');
  const name = segments.pop();
  for (const segment of segments) {
    holder = holder[segment];
    walked += `.${segment}`;
    if (holder === undefined || holder === null) throw cannotCall(`${walked} is ${holder}`);
  }
  const target = holder[name];
  if (typeof target !== 'function') throw cannotCall(`${walked}.${name} is ${describeValue(target)}, not a function`);
  return target.bind(holder);
}
