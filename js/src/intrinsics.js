// The wasm import module `jsinterop.runtime` (docs/design.md "Runtime intrinsics"): how the C++
// runtime reaches the JS values it holds by handle. box_/unbox_/fits_<T> and array_from_memory_/
// array_to_memory_<E> are built from the wire type table, not written out per type.
import { ELEMENT_ARRAYS } from './memory-view.js';
import { describeValue, wireTypes } from './wire.js';

export const RUNTIME_MODULE = 'jsinterop.runtime';

const fatal = (message) => new Error(`jsinterop: ${message}`);
const isObject = (value) => (typeof value === 'object' && value !== null) || typeof value === 'function';

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

  const intrinsics = {
    release: (h) => values.release(h),
    duplicate: (h) => values.add(values.get(h)),
    value_null: () => values.add(null),
    value_undefined: () => values.add(undefined),
    global_this: () => values.add(globalThis),
    is_null: (h) => (values.get(h) === null ? 1 : 0),
    is_undefined: (h) => (values.get(h) === undefined ? 1 : 0),
    type_of: (h, slot) => writeString(typeof values.get(h), slot),
    object_get: (h, address, length) => {
      const name = readName(address, length);
      return values.add(holder(h, name, 'read')[name]);
    },
    object_set: (h, address, length, valueHandle) => {
      const name = readName(address, length);
      holder(h, name, 'set')[name] = values.get(valueHandle);
    },
    object_has: (h, address, length) => {
      const value = values.get(h);
      return isObject(value) && readName(address, length) in value ? 1 : 0;
    },
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
    error_new: (address, length) => values.add(new Error(readName(address, length))),
    error_message: (h, slot) => {
      const error = values.get(h);
      writeString(error instanceof Error ? String(error.message) : String(error), slot);
    },
    error_stack: (h, slot) => {
      const error = values.get(h);
      writeString(error instanceof Error ? String(error.stack ?? '') : '', slot);
    },
    fatal: (address, length) => {
      throw new Error(readName(address, length));
    },
  };

  for (const [name, wire] of Object.entries(wireTypes)) {
    if (wire.kind === 'void') continue;
    Object.assign(intrinsics, scalarIntrinsics(name, wire, rt));
  }
  for (const [element, ArrayType] of Object.entries(ELEMENT_ARRAYS)) {
    Object.assign(intrinsics, memoryIntrinsics(element, ArrayType, rt, arrayOf));
  }
  return intrinsics;
}

// box_T, unbox_T and fits_T of a scalar wire type T.
function scalarIntrinsics(name, wire, rt) {
  const { values } = rt;
  const read = wire.liftImportParam(rt);
  const lower = wire.lowerImportResult(rt);
  const checked = (h) => {
    const value = values.get(h);
    if (!wire.accepts(value, rt)) throw fatal(`expected ${wire.expects}, got ${describeValue(value)}`);
    return value;
  };
  return {
    [`box_${name}`]:
      wire.wasmValues === 1 ? (a) => values.add(read([a], 0)) : (a, b) => values.add(read([a, b], 0)),
    [`unbox_${name}`]: wire.resultInMemory ? (h, slot) => lower(checked(h), slot) : (h) => lower(checked(h)),
    [`fits_${name}`]: (h) => (wire.accepts(values.get(h), rt) ? 1 : 0),
  };
}

// array_from_memory_E(address, count) -> h and array_to_memory_E(h, address): a JS Array of numbers
// (bigints for the 64-bit elements) to and from `count` elements E in memory.
function memoryIntrinsics(element, ArrayType, rt, arrayOf) {
  const { heap, values } = rt;
  const fits = wireTypes[element].accepts;
  const expects = wireTypes[element].expects;
  return {
    [`array_from_memory_${element}`]: (address, count) =>
      values.add(Array.from(new ArrayType(heap.memory.buffer, address >>> 0, count >>> 0))),
    [`array_to_memory_${element}`]: (h, address) => {
      const array = arrayOf(h);
      for (let i = 0; i < array.length; i++) {
        if (!fits(array[i], rt)) throw fatal(`expected ${expects} at index ${i}, got ${describeValue(array[i])}`);
      }
      new ArrayType(heap.memory.buffer, address >>> 0, array.length).set(array);
    },
  };
}
