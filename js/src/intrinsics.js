// The wasm import module `jsinterop.runtime` (docs/design.md "Runtime intrinsics"): how the C++
// runtime reaches the JS values it holds by handle. box_/unbox_/fits_<T> and array_from_memory_/
// array_to_memory_<E> are built from the wire type table, not written out per type.
import { ELEMENT_ARRAYS } from './memory-view.js';
import { messageOf, stackOf } from './format.js';
import { markFault } from './runtime.js';
import { importModule } from './source.js';
import { ValueTable } from './values.js';
import { describeValue, misfit, parseWireType, wireTypes } from './wire.js';

export const RUNTIME_MODULE = 'jsinterop.runtime';

const fatal = (message, cause) => new Error(`jsinterop: ${message}`, { cause });
// What copy_in gives C++ for a value that threw when read: not an array, so no array<T> takes it.
const UNREADABLE = Object.freeze(Object.create(null));
const isObject = (value) => (typeof value === 'object' && value !== null) || typeof value === 'function';

// The handle of what run() returns, or 0 with the handle of what it threw written at errorSlot.
function attempt(rt, errorSlot, run) {
  try {
    return rt.values.add(run());
  } catch (error) {
    if (rt.isDead) throw rt.unwinding(); // the error that ended the instance, not what JS made of it
    rt.heap.writeU32(errorSlot, rt.values.add(error));
    return 0;
  }
}

export function createIntrinsics(rt) {
  const { heap, values } = rt;
  const readName = (address, length) => heap.readString(address, length);
  // A std::string slot, as an import's string result.
  const writeString = wireTypes.string.lowerImportResult(rt);
  const arrayOf = (h) => {
    const value = values.get(h);
    if (!Array.isArray(value)) throw fatal(`expected an array, got ${describeValue(value)}`);
    return value;
  };
  const holder = (h, name, doing) => {
    const value = values.get(h);
    if (value === null || value === undefined) throw fatal(`cannot ${doing} '${name}' of ${value}`);
    return value;
  };
  // Property names C++ interned (key_new), by key: a table of their own, so that app.liveHandles
  // counts values only; C++'s key cache bounds it (detail/property_key.h).
  const keys = new ValueTable();
  // A getter or setter that throws ends the program with a message naming the property (the try_
  // operations below give C++ what it threw instead).
  const property = {
    get: (h, name) => {
      const target = holder(h, name, 'read');
      try {
        return target[name];
      } catch (error) {
        throw fatal(`reading property "${name}" threw: ${messageOf(error)}`, error);
      }
    },
    set: (h, name, value) => {
      const target = holder(h, name, 'set');
      try {
        target[name] = value;
      } catch (error) {
        throw fatal(`setting property "${name}" threw: ${messageOf(error)}`, error);
      }
    },
    has: (h, name) => {
      const value = values.get(h);
      return isObject(value) && name in value ? 1 : 0;
    },
    key: (k) => keys.get(k),
  };

  const intrinsics = {
    release: (h) => values.release(h),
    duplicate: (h) => values.add(values.get(h)),
    value_null: () => values.add(null),
    value_undefined: () => values.add(undefined),
    global_this: () => values.add(globalThis),
    is_null: (h) => (values.get(h) === null ? 1 : 0),
    is_undefined: (h) => (values.get(h) === undefined ? 1 : 0),
    type_of: (h, slot) => writeString(typeof values.get(h), slot),
    object_get: (h, address, length) => values.add(property.get(h, readName(address, length))),
    object_set: (h, address, length, valueHandle) => property.set(h, readName(address, length), values.get(valueHandle)),
    object_has: (h, address, length) => property.has(h, readName(address, length)),
    // The key as the string a property access would internalize: so V8 never looks it up again.
    // object's dynamic operations (object.h): whatever fails or throws is not thrown but given to
    // C++ as the handle of an error naming the property or method, for C++ to end the program with
    // or to return (try_get, try_call...).
    object_new: () => values.add({}),
    object_try_get: (h, address, length, errorSlot) => {
      const name = readName(address, length);
      return attempt(rt, errorSlot, () => holder(h, name, 'read')[name]);
    },
    object_try_set: (h, address, length, valueHandle, errorSlot) => {
      const name = readName(address, length);
      return attempt(rt, errorSlot, () => {
        holder(h, name, 'set')[name] = values.get(valueHandle);
      });
    },
    object_call: (h, address, length, argsHandle, errorSlot) => {
      const name = readName(address, length);
      const args = arrayOf(argsHandle);
      return attempt(rt, errorSlot, () => {
        const target = holder(h, name, 'call');
        const method = target[name];
        if (typeof method !== 'function') throw new TypeError(`method "${name}" is ${describeValue(method)}, not a function`);
        return Reflect.apply(method, target, args);
      });
    },
    object_construct: (h, argsHandle, errorSlot) => {
      const args = arrayOf(argsHandle);
      return attempt(rt, errorSlot, () => Reflect.construct(values.get(h), args));
    },
    instance_of: (h, address, length) => {
      let constructor = globalThis;
      for (const segment of readName(address, length).split('.')) constructor = constructor?.[segment];
      if (typeof constructor !== 'function') return -1;
      return values.get(h) instanceof constructor ? 1 : 0;
    },
    // "expected <what the wire type spelled expects>, got <the value>", for C++'s messages.
    explain_misfit: (h, address, length, slot) => {
      const wire = parseWireType(rt.classes.spelled(readName(address, length)));
      writeString(`expected ${wire.expects}, got ${misfit(wire, values.get(h), rt)}`, slot);
    },
    key_new: (address, length) => keys.add(Object.keys({ [readName(address, length)]: 0 })[0]),
    key_release: (k) => keys.release(k),
    object_get_key: (h, k) => values.add(property.get(h, keys.get(k))),
    object_set_key: (h, k, valueHandle) => property.set(h, keys.get(k), values.get(valueHandle)),
    object_has_key: (h, k) => property.has(h, keys.get(k)),
    array_new: () => values.add([]),
    array_length: (h) => arrayOf(h).length,
    array_get: (h, index) => {
      const array = arrayOf(h);
      const at = index >>> 0;
      if (at >= array.length) throw fatal(`index ${at} is out of range for an array of ${array.length}`);
      return values.add(array[at]);
    },
    array_push: (h, valueHandle) => {
      arrayOf(h).push(values.get(valueHandle));
    },
    // The value read once as a wire type (wire.js copyIn), for C++ to check and take without a second
    // read; a value whose reading throws becomes one that fits no array.
    copy_in: (h, address, length) => {
      const wire = parseWireType(readName(address, length));
      try {
        return values.add(wire.copyIn(values.get(h), rt));
      } catch {
        return values.add(UNREADABLE);
      }
    },
    // Instances and value objects (classes.js), their class named by its key. instance_box: a new
    // instance adopts the C++ object at `pointer`; instance_pointer: the object of an instance (or
    // of an argument's snapshot of one) of that class, or 0.
    instance_box: (key, pointer) => values.add(rt.classes.keyed(key).adopt(pointer)),
    instance_pointer: (h, key) => Math.max(rt.classes.keyed(key).pointerIn(values.get(h)), 0),
    // A new plain object of the field values in the array `fields` (borrowed).
    value_object_new: (key, fields) => values.add(rt.classes.keyed(key).object(arrayOf(fields))),
    // A new handle to the field values of a value object, each read once and checked (the array copyIn
    // made of an argument, as it is), or 0 when it does not fit or throws when read.
    value_object_fields: (h, key) => {
      const shape = rt.classes.keyed(key);
      try {
        const fields = shape.copyIn(values.get(h), rt);
        return shape.accepts(fields, rt) ? values.add(fields) : 0;
      } catch {
        return 0;
      }
    },
    // The C++ runtime names classes by key in its messages (`instance<@5242880>`): by path here.
    error_new: (address, length) => values.add(new Error(rt.classes.spelled(readName(address, length)))),
    // Never throws, whatever was thrown (an object without toString, a revoked Proxy): format.js.
    error_message: (h, slot) => writeString(messageOf(values.get(h)), slot),
    error_stack: (h, slot) => writeString(stackOf(values.get(h)), slot),
    fatal: (address, length) => {
      throw markFault(new Error(rt.classes.spelled(readName(address, length))));
    },
  };

  Object.assign(intrinsics, promiseIntrinsics(rt), callbackIntrinsics(rt, arrayOf), moduleIntrinsics(rt, readName));
  for (const [name, wire] of Object.entries(wireTypes)) {
    if (wire.kind === 'void') continue;
    Object.assign(intrinsics, scalarIntrinsics(name, wire, rt, property, arrayOf));
  }
  for (const [element, ArrayType] of Object.entries(ELEMENT_ARRAYS)) {
    Object.assign(intrinsics, memoryIntrinsics(element, ArrayType, rt, arrayOf));
  }
  return intrinsics;
}

// box_T, unbox_T and fits_T of a wire type T; for a scalar T (one wasm value, nothing to free: the
// C++ JSINTEROP_SCALAR types) also object_get_T(h, k) and object_set_T(h, k, value): a property
// by key read as unbox_T reads (the same check and message) or written as box_T lifts, in one call;
// and array_push_T(h, value), an argument of object::call lifted as box_T lifts, in one call.
function scalarIntrinsics(name, wire, rt, property, arrayOf) {
  const { values } = rt;
  const read = wire.liftImportParam(rt);
  const lower = wire.lowerImportResult(rt);
  const checked = (value, key) => {
    if (!wire.accepts(value, rt)) {
      throw fatal(`${key === undefined ? '' : `property "${key}": `}expected ${wire.expects}, got ${misfit(wire, value, rt)}`);
    }
    return value;
  };
  const intrinsics = {
    [`box_${name}`]:
      wire.wasmValues === 1 ? (a) => values.add(read([a], 0)) : (a, b) => values.add(read([a, b], 0)),
    [`unbox_${name}`]: wire.resultInMemory
      ? (h, slot) => lower(checked(values.get(h)), slot)
      : (h) => lower(checked(values.get(h))),
    [`fits_${name}`]: (h) => (wire.accepts(values.get(h), rt) ? 1 : 0),
  };
  if (wire.wasmValues !== 1 || wire.allocates) return intrinsics;
  const lift = wire.lift(rt);
  return Object.assign(intrinsics, {
    [`object_get_${name}`]: (h, k) => {
      const key = property.key(k);
      return lower(checked(property.get(h, key), key));
    },
    [`object_set_${name}`]: (h, k, a) => {
      const value = lift(a); // before the holder's check, as box_T came before object_set
      property.set(h, property.key(k), value);
    },
    [`array_push_${name}`]: (h, a) => {
      arrayOf(h).push(lift(a));
    },
  });
}

// array_from_memory_E(address, count) -> h and array_to_memory_E(h, address, count): a JS Array of
// numbers (bigints for the 64-bit elements) to and from `count` elements E in memory. C++ sized its
// buffer by array_length; the array may have changed since (a Proxy's length, a getter that grows it),
// so exactly `count` elements are written, each read once, or the program ends with a message.
function memoryIntrinsics(element, ArrayType, rt, arrayOf) {
  const { heap, values } = rt;
  const fits = wireTypes[element].accepts;
  const expects = wireTypes[element].expects;
  return {
    [`array_from_memory_${element}`]: (address, count) =>
      values.add(Array.from(new ArrayType(heap.memory.buffer, address >>> 0, count >>> 0))),
    [`array_to_memory_${element}`]: (h, address, count) => {
      const array = arrayOf(h);
      const length = array.length;
      const size = count >>> 0;
      if (length !== size) throw fatal(`the array has ${length} elements, but C++ read its length as ${size} and allocated that many`);
      let target = new ArrayType(heap.memory.buffer, address >>> 0, size);
      for (let i = 0; i < size; i++) {
        const value = array[i];
        if (!fits(value, rt)) throw fatal(`expected ${expects} at index ${i}, got ${describeValue(value)}`);
        // A getter may have grown the memory, which detaches `target` (the memory keeps its bytes).
        if (target.length !== size) target = new ArrayType(heap.memory.buffer, address >>> 0, size);
        target[i] = value;
      }
    },
  };
}

// A function of the runtime library that the module must export once it uses the intrinsic (or the
// method of instantiate()'s result) that calls it (docs/design.md "Promises and tasks",
// "Callbacks"), looked up at its first call.
export function libraryExport(rt, name) {
  let exported = null;
  return (...args) => {
    exported ??= rt.heap.exports[name];
    if (typeof exported !== 'function') {
      throw fatal(`${rt.name} lacks the runtime library export ${name} (link it with the jsinterop runtime library of this release)`);
    }
    return exported(...args);
  };
}

// promise_then, deferred_*, tasks_idle: C++ awaits JS promises and settles promises it gives JS.
function promiseIntrinsics(rt) {
  const { values } = rt;
  const settle = libraryExport(rt, 'jsinterop_settle');
  const deferredOf = (d) => {
    const deferred = values.get(d);
    if (!Deferred.is(deferred)) throw fatal(`expected a deferred promise, got ${describeValue(deferred)}`);
    return deferred;
  };
  // From a microtask: resume the coroutine awaiting the promise, unless the instance ended meanwhile.
  const settled = (continuation, rejected) => (value) => {
    if (rt.isDead) return;
    try {
      settle(continuation, rejected, values.add(value));
    } catch (error) {
      rt.asyncFailure(error, 'a promise continuation');
    }
  };
  return {
    promise_then: (h, continuation) => {
      Promise.resolve(values.get(h)).then(settled(continuation, 0), settled(continuation, 1));
    },
    deferred_new: () => values.add(new Deferred(rt)),
    deferred_promise: (d) => values.add(deferredOf(d).give()),
    deferred_resolve: (d, h) => deferredOf(d).resolve(values.get(h)),
    deferred_reject: (d, h) => deferredOf(d).reject(values.get(h)),
    tasks_idle: () => rt.tasksIdle(),
  };
}

// The value of a deferred_new() handle: a promise and what settles it. Once JS has the promise, the
// runtime rejects it with an error saying why if the instance ends (an exit, a trap) before C++
// settles it.
class Deferred {
  #rt;
  #resolve;
  #reject;
  #settled = false;
  #untrack = null;

  // A brand check, not instanceof: it runs no Proxy trap (a revoked Proxy throws at instanceof).
  static is(value) {
    return typeof value === 'object' && value !== null && #rt in value;
  }

  constructor(rt) {
    this.#rt = rt;
    this.promise = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
  }

  // deferred_promise: the promise, which JS now holds.
  give() {
    if (!this.#settled && this.#untrack === null) this.#untrack = this.#rt.unsettled(this.#reject);
    return this.promise;
  }

  resolve(value) {
    this.#settle();
    this.#resolve(value);
  }

  reject(error) {
    this.#settle();
    this.#reject(error);
  }

  #settle() {
    this.#settled = true;
    this.#untrack?.();
  }
}

// function_new, function_call: C++ callables as JS functions, JS functions called from C++.
function callbackIntrinsics(rt, arrayOf) {
  const { values } = rt;
  const invoke = libraryExport(rt, 'jsinterop_invoke_callable');
  const release = libraryExport(rt, 'jsinterop_release_callable');
  const takeError = libraryExport(rt, 'jsinterop_take_export_error');
  const releaseCallable = (id, during) => {
    if (rt.isDead) return;
    try {
      release(id);
    } catch (error) {
      rt.asyncFailure(error, during);
    }
  };
  // A C++ callable JS dropped without dispose() is released when its function is collected.
  const registry = new FinalizationRegistry((id) => releaseCallable(id, 'the release of a collected C++ callback'));

  // lent: made for one import call (function_ref), revoked when it returns; no finalizer needed.
  const newFunction = (id, lent) => {
    let disposed = false;
    const callback = (...args) => {
      if (disposed) {
        throw new Error(
          lent
            ? 'jsinterop: this C++ callback was lent to JS for one call (jsinterop::function_ref), which has returned'
            : 'jsinterop: this C++ callback was disposed',
        );
      }
      rt.assertAlive();
      let resultHandle;
      try {
        // The arguments array is a new handle C++ owns, as an export's parameter.
        resultHandle = invoke(id, values.add(args));
      } catch (error) {
        throw rt.failure(error, 'a C++ callback');
      }
      const error = takeError();
      if (error !== 0) {
        values.release(resultHandle);
        throw values.take(error);
      }
      return resultHandle === 0 ? undefined : values.take(resultHandle);
    };
    Object.defineProperty(callback, 'dispose', {
      value: () => {
        if (disposed) return;
        disposed = true;
        registry.unregister(callback);
        releaseCallable(id, 'dispose() of a C++ callback');
      },
    });
    if (!lent) registry.register(callback, id, callback);
    return callback;
  };

  return {
    function_new: (id) => values.add(newFunction(id, false)),
    function_lend: (id) => values.add(newFunction(id, true)),
    function_revoke: (h) => values.take(h).dispose(),
    function_call: (h, argsHandle, errorSlot) => {
      const target = values.get(h);
      if (typeof target !== 'function') throw fatal(`expected a function, got ${describeValue(target)}`);
      const args = arrayOf(argsHandle);
      return attempt(rt, errorSlot, () => Reflect.apply(target, undefined, args));
    },
  };
}

// import_module: import() a JS module and register its namespace, as setModuleImports does.
function moduleIntrinsics(rt, readName) {
  return {
    import_module: (nameAddress, nameLength, urlAddress, urlLength) => {
      const name = readName(nameAddress, nameLength);
      const url = readName(urlAddress, urlLength);
      const imported = importModule(url, rt.baseUrl).then((namespace) => {
        rt.modules.set(name, namespace);
        return undefined;
      });
      return rt.values.add(imported);
    },
  };
}
