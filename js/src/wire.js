// How each wire type of runtime/include/jsinterop/abi/wire_types.def crosses between JS and wasm,
// keyed on the wire type names that descriptors carry (wireTypes), and the templates applied to them
// (wireTemplates: optional<T>, array<T>, span<E>, segment<E>, promise<T>, function<A..., R>,
// result<T>, and instance<C>, instance_or_null<C>, value_object<C> of a class C). parseWireType reads a spelling such as `array<optional<string>>` or
// `function<int32, string, void>` once per binding; a binding then builds its marshallers
// once, from the runtime `rt` of its instance (rt.heap: the memory, rt.values: the value table).
//
//   name                 the spelling
//   kind                 'value' (may be a parameter, a result, an optional's or an array's element),
//                        'void', 'span', 'segment', 'promise', 'function', or 'result'
//   paramWasm, resultWasm   the wasm lowering letters of wire_types.def (i I f d; p: in memory)
//   wasmValues           how many wasm values one parameter takes
//   resultInMemory       the result travels through linear memory (import: leading slot parameter;
//                        export: the wrapper returns the address of its return area)
//   allocates            lowering a JS value makes something to free (memory, a handle)
//   borrows              (optional) an export's argument may hold an instance, which C++ borrows
//                        for the call (classes.js counts such calls)
//   paramOnly            (optional) only a parameter: not a result, nor inside another type
//   expects, accepts(value, rt)   what a JS value must be, for messages and checks
//   explain(value, rt)   (optional) what is wrong with a value that does not fit, for messages
//   copyIn(value, rt)    the value as the value table keeps it: read once (an array's length and
//                        each element, a typed array's place), so that `accepts` and the lowering
//                        look at a snapshot no JS code can change; may throw (a getter, a revoked
//                        Proxy); a value that does not fit is returned for `accepts` to refuse
//   lift(rt)  -> (wasm) => JS value          one-value types, C++ to JS, borrowing a handle
//   liftAs               how an import's parameter lifts (js/src/call-sites.js): LIFT_AS_IS,
//                        LIFT_BORROWED, LIFT_CALL (one-value types: lift does) or LIFT_STRING
//   lowerAs              how a one-value JS value lowers when it already fits, tested inline
//                        (call-sites.js fits): LOWER_INT32, LOWER_NUMBER, LOWER_BOOL or LOWER_CALL
//   lower(rt) -> (checked value) => wasm     one-value types, JS to C++, a new handle
//   lowerCopied(rt) -> (copyIn's checked result) => wasm   (optional) the same without a second copy
//   liftMayFail          lift throws for a C++ value that has no JS value (exports.js names the export)
//   liftImportParam(rt)   -> (wasmArgs, index) => JS value
//   lowerImportResult(rt) -> (checked value, slot) => wasm result
//   lowerExportParam(rt)  -> (checked value, wasmArgs, at) => writes the wasm values from index
//                            `at` (an array made at its final length, not grown); may return a
//                            function to run after the call
//   liftExportResult(rt)  -> (wasm result) => JS value (an owned handle is released)
import { ELEMENT_ARRAYS, MemoryView, memoryViewParts } from './memory-view.js';

const identity = (value) => value;

// How an import reads a parameter, for the wrappers of js/src/call-sites.js, which test these codes
// inline instead of calling a lift function: V8 shares one feedback vector among the closures of one
// function literal, so a call through a per-type closure in a shared helper is megamorphic.
export const LIFT_AS_IS = 0; // the wasm value is the JS value
export const LIFT_BORROWED = 1; // a handle: the value table's value
export const LIFT_CALL = 2; // the type's own lift function
export const LIFT_STRING = 3; // two wasm values, address and byte length: heap.readString
// Which JS values are their own wasm value (call-sites.js fits): an export's argument, an import's
// result. Any other value is checked and lowered by the type's own functions.
export const LOWER_CALL = 0;
export const LOWER_INT32 = 1; // a number that is an int32
export const LOWER_NUMBER = 2; // any number (float32, float64: wasm converts)
export const LOWER_BOOL = 3; // a boolean (wasm converts it to 1 or 0)
const ignore = () => undefined;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const fatal = (message) => new Error(`jsinterop: ${message}`);

// A type whose parameter and result are one wasm value. `lift`/`lower` are the factories; the
// other directions are built from them.
function oneValue(spec) {
  const { lift, lower, liftResult = lift, lowerCopied = lower } = spec;
  return {
    kind: 'value',
    wasmValues: 1,
    resultInMemory: false,
    allocates: false,
    copyIn: identity,
    liftAs: LIFT_CALL,
    lowerAs: LOWER_CALL,
    ...spec,
    liftImportParam: (rt) => {
      const read = lift(rt);
      return (wasmArgs, index) => read(wasmArgs[index]);
    },
    lowerImportResult: lower,
    // An export's argument is copyIn's result already (exports.js).
    lowerExportParam: (rt) => {
      const write = lowerCopied(rt);
      return (value, wasmArgs, at) => {
        wasmArgs[at] = write(value);
      };
    },
    liftExportResult: liftResult,
  };
}

// A one-value type that needs no runtime state: a number, a bigint, a boolean, a Date, a char16.
function plain({
  name,
  letter,
  expects,
  accepts,
  fromWasm = identity,
  toWasm = identity,
  copyIn = identity,
  liftMayFail = false,
  lowerAs = LOWER_CALL,
}) {
  return oneValue({
    name,
    lowerAs,
    liftMayFail,
    paramWasm: letter,
    resultWasm: letter,
    expects,
    accepts,
    copyIn,
    liftAs: fromWasm === identity ? LIFT_AS_IS : LIFT_CALL,
    lift: () => fromWasm,
    lower: () => toWasm,
  });
}

const integer = (name, min, max, fromWasm, lowerAs = LOWER_CALL) =>
  plain({
    name,
    lowerAs,
    letter: 'i',
    expects: `an ${name} number`,
    accepts: (value) => Number.isInteger(value) && value >= min && value <= max,
    fromWasm,
  });

// A type that crosses as a handle into the value table.
function handle({ name, expects, accepts, copyIn = identity }) {
  return oneValue({
    name,
    paramWasm: 'i',
    resultWasm: 'i',
    allocates: true,
    expects,
    accepts,
    copyIn,
    liftAs: LIFT_BORROWED,
    lift: ({ values }) => (h) => values.get(h),
    lower: (rt) => (value) => rt.values.add(copyIn(value, rt)),
    lowerCopied: ({ values }) => (value) => values.add(value),
    liftResult: ({ values }) => (h) => values.take(h),
  });
}

const isObject = (value) => (typeof value === 'object' && value !== null) || typeof value === 'function';
// The time of a Date, read from its internal slot (no getter, no override, no Proxy trap), or NaN for
// anything else: so checking a date runs no JS code and never throws.
const dateGetTime = Date.prototype.getTime;
function timeOf(value) {
  try {
    return Reflect.apply(dateGetTime, value, []);
  } catch {
    return NaN;
  }
}
const isValidDate = (value) => typeof value === 'object' && !Number.isNaN(timeOf(value));
// What a JS Date can hold: ±8.64e15 ms around the epoch (ECMA-262 TimeClip).
const MAX_DATE_MS = 8.64e15;
const isString = (value) => typeof value === 'string';
const isNumber = (value) => typeof value === 'number';

// The wire types of wire_types.def (JSINTEROP_WIRE_TYPE), by name.
export const wireTypes = {
  void: {
    name: 'void',
    kind: 'void',
    paramWasm: '',
    resultWasm: '',
    wasmValues: 0,
    resultInMemory: false,
    expects: 'undefined',
    accepts: () => true, // whatever a void import returns is dropped, as C++ would
    lowerImportResult: () => ignore,
    liftExportResult: () => ignore,
  },
  bool: plain({
    name: 'bool',
    letter: 'i',
    expects: 'a boolean',
    accepts: (value) => typeof value === 'boolean',
    lowerAs: LOWER_BOOL,
    fromWasm: (wasm) => wasm !== 0,
    toWasm: (value) => (value ? 1 : 0),
  }),
  // C++ extends small integers to i32; JS does not rely on it.
  int8: integer('int8', -0x80, 0x7f, (wasm) => (wasm << 24) >> 24),
  uint8: integer('uint8', 0, 0xff, (wasm) => wasm & 0xff),
  int16: integer('int16', -0x8000, 0x7fff, (wasm) => (wasm << 16) >> 16),
  uint16: integer('uint16', 0, 0xffff, (wasm) => wasm & 0xffff),
  int32: integer('int32', -0x80000000, 0x7fffffff, identity, LOWER_INT32),
  uint32: integer('uint32', 0, 0xffffffff, (wasm) => wasm >>> 0),
  // A wasm i64 is a BigInt in JS.
  int64_number: plain({
    name: 'int64_number',
    letter: 'I',
    expects: 'a safe integer number',
    accepts: Number.isSafeInteger,
    fromWasm: (wasm) => {
      if (wasm > MAX_SAFE || wasm < -MAX_SAFE) throw fatal(`the int64_number ${wasm} from C++ is not a safe integer`);
      return Number(wasm);
    },
    liftMayFail: true,
    toWasm: BigInt,
  }),
  uint64_number: plain({
    name: 'uint64_number',
    letter: 'I',
    expects: 'a safe integer number ≥ 0',
    accepts: (value) => Number.isSafeInteger(value) && value >= 0,
    fromWasm: (wasm) => {
      const unsigned = BigInt.asUintN(64, wasm);
      if (unsigned > MAX_SAFE) throw fatal(`the uint64_number ${unsigned} from C++ is not a safe integer`);
      return Number(unsigned);
    },
    liftMayFail: true,
    toWasm: BigInt,
  }),
  int64_bigint: plain({
    name: 'int64_bigint',
    letter: 'I',
    expects: 'a bigint in the int64 range',
    accepts: (value) => typeof value === 'bigint' && BigInt.asIntN(64, value) === value,
  }),
  uint64_bigint: plain({
    name: 'uint64_bigint',
    letter: 'I',
    expects: 'a bigint in the uint64 range',
    accepts: (value) => typeof value === 'bigint' && BigInt.asUintN(64, value) === value,
    fromWasm: (wasm) => BigInt.asUintN(64, wasm),
    // wasm takes the i64 modulo 2^64 (ToBigInt64).
  }),
  float32: plain({ name: 'float32', letter: 'f', expects: 'a number', accepts: isNumber, lowerAs: LOWER_NUMBER }),
  float64: plain({ name: 'float64', letter: 'd', expects: 'a number', accepts: isNumber, lowerAs: LOWER_NUMBER }),
  intptr: integer('intptr', -0x80000000, 0x7fffffff, identity, LOWER_INT32),
  pointer: plain({
    name: 'pointer',
    letter: 'i',
    expects: 'a pointer number in [0, 2^32)',
    accepts: (value) => Number.isInteger(value) && value >= 0 && value <= 0xffffffff,
    fromWasm: (wasm) => wasm >>> 0,
  }),
  char16: plain({
    name: 'char16',
    letter: 'i',
    expects: 'a string of one UTF-16 unit',
    accepts: (value) => typeof value === 'string' && value.length === 1,
    fromWasm: (wasm) => String.fromCharCode(wasm & 0xffff),
    toWasm: (value) => value.charCodeAt(0),
  }),
  char16_number: integer('char16_number', 0, 0xffff, (wasm) => wasm & 0xffff),
  date: plain({
    name: 'date',
    letter: 'd',
    expects: 'a valid Date',
    accepts: isValidDate,
    fromWasm: (wasm) => {
      // An error, not a clamp nor an Invalid Date: the other direction refuses an invalid Date too.
      if (!(Math.abs(wasm) <= MAX_DATE_MS)) throw fatal(`the date ${wasm} ms from C++ is outside the range of a JS Date (±8.64e15 ms)`);
      return new Date(wasm);
    },
    liftMayFail: true,
    toWasm: timeOf,
    copyIn: (value) => (isValidDate(value) ? new Date(timeOf(value)) : value),
  }),
  string: {
    name: 'string',
    kind: 'value',
    paramWasm: 'ii',
    resultWasm: 'p',
    wasmValues: 2,
    resultInMemory: true,
    allocates: true,
    expects: 'a string',
    accepts: isString,
    copyIn: identity,
    liftAs: LIFT_STRING,
    liftImportParam: ({ heap }) => (wasmArgs, index) => heap.readString(wasmArgs[index], wasmArgs[index + 1]),
    // The slot is a std::string: size it exactly, since the program keeps it.
    lowerImportResult: ({ heap }) => (value, slot) => {
      const resize = heap.exports.jsinterop_string_resize;
      heap.writeString(value, (byteCount) => resize(slot, byteCount));
    },
    lowerExportParam: ({ heap }) => (value, wasmArgs, at) => {
      wasmArgs[at] = heap.writeArgumentString(value);
      wasmArgs[at + 1] = heap.written;
    },
    liftExportResult: ({ heap }) => (area) => heap.readReturnedString(area),
  },
  // UTF-16 units as they are: a lone surrogate crosses unchanged both ways.
  u16string: {
    name: 'u16string',
    kind: 'value',
    paramWasm: 'ii',
    resultWasm: 'p',
    wasmValues: 2,
    resultInMemory: true,
    allocates: true,
    expects: 'a string',
    accepts: isString,
    copyIn: identity,
    liftImportParam: ({ heap }) => (wasmArgs, index) => heap.readU16String(wasmArgs[index], wasmArgs[index + 1]),
    lowerImportResult: ({ heap }) => (value, slot) => {
      heap.writeU16String(value, (units) => heap.exports.jsinterop_u16string_resize(slot, units));
    },
    lowerExportParam: ({ heap }) => (value, wasmArgs, at) => {
      wasmArgs[at] = heap.writeArgumentU16String(value);
      wasmArgs[at + 1] = value.length;
    },
    liftExportResult: ({ heap }) => (area) => {
      const [address, units] = heap.readPair(area >>> 0);
      return heap.readU16String(address, units);
    },
  },
  object: handle({ name: 'object', expects: 'an object', accepts: isObject }),
  any: handle({ name: 'any', expects: 'any value', accepts: () => true }),
  // From JS, whatever was thrown is an error.
  error: handle({ name: 'error', expects: 'an error value', accepts: () => true }),
};

const isEmpty = (value) => value === null || value === undefined;

function optionalOf(inner) {
  return oneValue({
    name: `optional<${inner.name}>`,
    paramWasm: 'i',
    resultWasm: 'i',
    allocates: true,
    expects: `${inner.expects}, or null`,
    accepts: (value, rt) => isEmpty(value) || inner.accepts(value, rt),
    explain: (value, rt) => misfit(inner, value, rt),
    copyIn: (value, rt) => (isEmpty(value) ? null : inner.copyIn(value, rt)),
    lift: ({ values }) => (h) => (h === 0 ? null : values.get(h)),
    lower: (rt) => (value) => (isEmpty(value) ? 0 : rt.values.add(inner.copyIn(value, rt))),
    lowerCopied: ({ values }) => (value) => (value === null ? 0 : values.add(value)),
    liftResult: ({ values }) => (h) => (h === 0 ? null : values.take(h)),
    borrows: inner.borrows,
  });
}

function arrayOf(inner) {
  // A dense copy: the length is read once, each element once (a getter or a Proxy may answer
  // differently at every read, or grow the array).
  const copyIn = (value, rt) => {
    if (!Array.isArray(value)) return value;
    const length = value.length;
    const copy = new Array(length);
    for (let i = 0; i < length; i++) copy[i] = inner.copyIn(value[i], rt);
    return copy;
  };
  const firstMisfit = (array, rt) => {
    for (let i = 0; i < array.length; i++) if (!inner.accepts(array[i], rt)) return i;
    return -1;
  };
  return {
    ...handle({
      name: `array<${inner.name}>`,
      expects: `an array of ${inner.name} (each ${inner.expects})`,
      accepts: (value, rt) => Array.isArray(value) && firstMisfit(value, rt) < 0,
      copyIn,
    }),
    explain: (value, rt) => {
      const index = Array.isArray(value) ? firstMisfit(value, rt) : -1;
      return index < 0 ? describeValue(value) : `an array whose element ${index} is ${misfit(inner, value[index], rt)}`;
    },
    borrows: inner.borrows,
  };
}

// A MemoryView of element kind `element` on this instance's memory, not disposed.
function isViewOf(value, element, rt) {
  if (typeof value !== 'object' || value === null) return false;
  const parts = memoryViewParts(value);
  return parts !== null && parts.kind === element && !parts.disposed && parts.memory === rt.heap.memory;
}

function viewMisfit(value, element, rt) {
  const parts = typeof value === 'object' && value !== null ? memoryViewParts(value) : null;
  if (parts === null || parts.kind !== element) return describeValue(value);
  if (parts.disposed) return 'a disposed MemoryView';
  return `a MemoryView of ${parts.memory === rt.heap.memory ? 'this' : 'another'} module's memory`;
}

const newView = (heap, address, count, element) => new MemoryView(heap.memory, address >>> 0, count >>> 0, element);

// A typed array's parts, read with %TypedArray%.prototype's own getters: an own property or a
// Proxy cannot fake them, and they run no JS code.
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayGetter = (key) => Object.getOwnPropertyDescriptor(TypedArrayPrototype, key).get;
const tagGetter = typedArrayGetter(Symbol.toStringTag); // the constructor's name; undefined if not a typed array
const bufferGetter = typedArrayGetter('buffer');
const byteOffsetGetter = typedArrayGetter('byteOffset');
const lengthGetter = typedArrayGetter('length');
const typedArraySet = TypedArrayPrototype.set;
const read = (getter, value) => Reflect.apply(getter, value, []);

// A detached buffer has byteLength 0 and cannot be viewed again; an empty one can. (A
// SharedArrayBuffer, which ArrayBuffer's getter refuses, is never detached.)
const byteLengthGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
function isDetached(buffer) {
  let byteLength;
  try {
    byteLength = read(byteLengthGetter, buffer);
  } catch {
    return false;
  }
  if (byteLength !== 0) return false;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

// A typed array an export's span parameter takes, as it was when the call started (copyIn): in
// place when it views this module's memory (lowering another argument may grow the memory and detach
// its buffer; its place in the memory stays valid), else copied in and back.
class TypedArrayArgument {
  #brand;

  // `instanceof` would ask a Proxy for its prototype (a revoked one throws); a private field never.
  static is(value) {
    return typeof value === 'object' && value !== null && #brand in value;
  }

  constructor(array, memoryBuffer) {
    const buffer = read(bufferGetter, array);
    this.array = array;
    this.detached = isDetached(buffer);
    this.inPlace = buffer === memoryBuffer;
    this.byteOffset = read(byteOffsetGetter, array);
    this.length = read(lengthGetter, array);
  }
}

// span<E>: a view for the length of an import call; an export takes a view or a typed array.
function spanOf(element) {
  const ArrayType = ELEMENT_ARRAYS[element];
  return {
    name: `span<${element}>`,
    kind: 'span',
    paramWasm: 'ii',
    resultWasm: '',
    wasmValues: 2,
    resultInMemory: false,
    allocates: true,
    disposeAfterImport: true,
    expects: `a MemoryView of ${element} or a ${ArrayType.name}`,
    copyIn: (value, rt) => (read(tagGetter, value) === ArrayType.name ? new TypedArrayArgument(value, rt.heap.memory.buffer) : value),
    accepts: (value, rt) => (TypedArrayArgument.is(value) ? !value.detached : isViewOf(value, element, rt)),
    explain: (value, rt) =>
      TypedArrayArgument.is(value) ? `a ${ArrayType.name} whose buffer is detached` : viewMisfit(value, element, rt),
    liftImportParam: ({ heap }) => (wasmArgs, index) => newView(heap, wasmArgs[index], wasmArgs[index + 1], element),
    // In place (a MemoryView, a typed array on the module's memory, an empty one): C++ views that
    // memory and nothing is allocated or freed. Copied: JS allocates, copies in, copies back after
    // the call and frees (C++ never frees a span's memory).
    lowerExportParam: ({ heap }) => (value, wasmArgs, at) => {
      if (!TypedArrayArgument.is(value)) {
        const { byteOffset, length } = memoryViewParts(value);
        wasmArgs[at] = byteOffset;
        wasmArgs[at + 1] = length;
        return undefined;
      }
      const { array, byteOffset, length } = value;
      wasmArgs[at + 1] = length;
      if (value.inPlace || length === 0) {
        wasmArgs[at] = length === 0 ? 0 : byteOffset;
        return undefined;
      }
      const byteLength = length * ArrayType.BYTES_PER_ELEMENT;
      const address = heap.exports.jsinterop_alloc(byteLength) >>> 0;
      if (address === 0) throw fatal(`the module could not allocate ${byteLength} bytes for a span`);
      Reflect.apply(typedArraySet, new ArrayType(heap.memory.buffer, address, length), [array]);
      wasmArgs[at] = address;
      return () => {
        try {
          // The JS code the call ran may have detached or shrunk the array (a resizable buffer).
          const count = Math.min(length, read(lengthGetter, array));
          if (count > 0) Reflect.apply(typedArraySet, array, [new ArrayType(heap.memory.buffer, address, count)]);
        } finally {
          heap.exports.jsinterop_free(address);
        }
      };
    },
  };
}

// segment<E>: a view that lives until dispose().
function segmentOf(element) {
  return {
    name: `segment<${element}>`,
    kind: 'segment',
    paramWasm: 'ii',
    resultWasm: 'p',
    wasmValues: 2,
    resultInMemory: true,
    allocates: false,
    expects: `a MemoryView of ${element}`,
    copyIn: identity, // a MemoryView's parts are private fields: nothing to read twice
    accepts: (value, rt) => isViewOf(value, element, rt),
    explain: (value, rt) => viewMisfit(value, element, rt),
    liftImportParam: ({ heap }) => (wasmArgs, index) => newView(heap, wasmArgs[index], wasmArgs[index + 1], element),
    lowerImportResult: ({ heap }) => (value, slot) => {
      const { byteOffset, length } = memoryViewParts(value);
      heap.writePair(slot >>> 0, byteOffset, length);
    },
    lowerExportParam: () => (value, wasmArgs, at) => {
      const { byteOffset, length } = memoryViewParts(value);
      wasmArgs[at] = byteOffset;
      wasmArgs[at + 1] = length;
    },
    liftExportResult: ({ heap }) => (area) => {
      const [address, count] = heap.readPair(area >>> 0);
      return newView(heap, address, count, element);
    },
  };
}

// promise<T>: a handle to a Promise. From JS, any value is taken (a value that is not a Promise is
// wrapped with Promise.resolve); C++ awaits it with the intrinsic promise_then (intrinsics.js).
function promiseOf(inner) {
  return {
    ...handle({
      name: `promise<${inner.name}>`,
      expects: 'a Promise (any other value is wrapped with Promise.resolve)',
      accepts: () => true,
      copyIn: (value) => Promise.resolve(value),
    }),
    kind: 'promise',
    inner,
  };
}

// function<A..., R>: a handle to a JS function. Its arguments and result cross as boxed values (the
// intrinsics function_new and function_call), so the wire type only keeps them for messages.
function functionOf(params, result) {
  return {
    ...handle({
      name: `function<${[...params, result].map((wire) => wire.name).join(', ')}>`,
      expects: 'a function',
      accepts: (value) => typeof value === 'function',
    }),
    kind: 'function',
    params,
    result,
  };
}

// instance<C> and instance_or_null<C> (an export's T* parameter): the address of a C++ object that
// a JS instance of the exported class C owns (js/src/classes.js). C is the class's JS path, or
// `@key` in the strings the C++ runtime passes to intrinsics; rt.classes knows both, per instance.
// From JS, copyIn takes a snapshot of a live instance's address (C++ may take it after JS code has
// disposed the instance: its destruction waits for the call, classes.js); from C++, the address of
// a new object, which a new JS instance adopts.
function instanceOf(ref, orNull) {
  const typeOf = (rt) => rt.classes.type(ref);
  const none = (value) => orNull && isEmpty(value);
  return {
    ...oneValue({
      name: `${orNull ? 'instance_or_null' : 'instance'}<${ref}>`,
      paramWasm: 'i',
      resultWasm: orNull ? '' : 'i',
      expects: `an instance of ${ref}${orNull ? ', or null' : ''}`,
      accepts: (value, rt) => none(value) || typeOf(rt).pointerIn(value) > 0,
      explain: (value, rt) => rt.classes.describe(value),
      copyIn: (value, rt) => (none(value) ? null : typeOf(rt).snapshot(value)),
      lift: (rt) => (pointer) => typeOf(rt).adopt(pointer),
      lower: (rt) => (value) => (none(value) ? 0 : typeOf(rt).pointerIn(value)),
    }),
    borrows: true, // an export call that takes one counts as borrowing (classes.js)
    paramOnly: orNull,
  };
}

// value_object<C>: a plain object with C's fields, each read once by copyIn into a field array that
// C++ takes the fields from (classes.js ValueShape); from C++, a new plain object.
function valueObjectOf(ref) {
  const shapeOf = (rt) => rt.classes.shape(ref);
  return {
    ...handle({
      name: `value_object<${ref}>`,
      expects: `a ${ref}`,
      accepts: (value, rt) => shapeOf(rt).accepts(value, rt),
      copyIn: (value, rt) => shapeOf(rt).copyIn(value, rt),
    }),
    explain: (value, rt) => shapeOf(rt).explain(value, rt),
    borrows: true, // a field may be an instance
  };
}

// result<T>: T's lowering; imports and exports add the error channel (imports.js, exports.js).
function resultOf(inner) {
  return { ...inner, name: `result<${inner.name}>`, kind: 'result', inner };
}

const VALUE = ['value'];
const ELEMENT = 'element';
const FUNCTION = 'function';
const CLASS = 'class';

// The templates of wire_types.def (JSINTEROP_WIRE_TEMPLATE), by name: the wasm letters of its row,
// what the argument may be, and the wire type it makes.
export const wireTemplates = {
  optional: { paramWasm: 'i', resultWasm: 'i', argument: VALUE, apply: optionalOf },
  array: { paramWasm: 'i', resultWasm: 'i', argument: VALUE, apply: arrayOf },
  span: { paramWasm: 'ii', resultWasm: '', argument: ELEMENT, apply: spanOf },
  segment: { paramWasm: 'ii', resultWasm: 'p', argument: ELEMENT, apply: segmentOf },
  promise: { paramWasm: 'i', resultWasm: 'i', argument: ['value', 'void', 'result'], apply: promiseOf },
  // Any number of parameters, then the result: function<int32, string, void>.
  function: { paramWasm: 'i', resultWasm: 'i', argument: FUNCTION, apply: functionOf },
  // A class's JS path (geo.Polygon), or its key (@5242880) in the C++ runtime's strings.
  instance: { paramWasm: 'i', resultWasm: 'i', argument: CLASS, apply: (ref) => instanceOf(ref, false) },
  instance_or_null: { paramWasm: 'i', resultWasm: '', argument: CLASS, apply: (ref) => instanceOf(ref, true) },
  value_object: { paramWasm: 'i', resultWasm: 'i', argument: CLASS, apply: valueObjectOf },
  // '': T's own lowering.
  result: { paramWasm: '', resultWasm: '', argument: ['value', 'void', 'segment'], apply: resultOf },
};

// A function's parameters are synchronous values; its result may also be void or result<T>.
const FUNCTION_PARAM = ['value'];
const FUNCTION_RESULT = ['value', 'void', 'result'];

export class WireTypeError extends Error {}

const parsed = new Map();

// The wire type a descriptor spells, e.g. `array<optional<int64_bigint>>`; throws a WireTypeError
// naming what is wrong. Each spelling is read once.
export function parseWireType(spelling) {
  let wire = parsed.get(spelling);
  if (wire === undefined) {
    wire = parse(spelling);
    parsed.set(spelling, wire);
  }
  return wire;
}

function parse(spelling) {
  if (typeof spelling !== 'string') throw new WireTypeError(`a wire type is a string, not ${describeValue(spelling)}`);
  const match = /^([a-z0-9_]+)(?:<(.*)>)?$/.exec(spelling);
  if (match === null) throw new WireTypeError(`cannot read wire type ${JSON.stringify(spelling)}`);
  const [, name, argument] = match;
  if (Object.hasOwn(wireTypes, name)) {
    if (argument !== undefined) throw new WireTypeError(`${name} takes no type argument`);
    return wireTypes[name];
  }
  if (!Object.hasOwn(wireTemplates, name)) throw new WireTypeError(`unknown wire type ${JSON.stringify(name)}`);
  const template = wireTemplates[name];
  if (argument === undefined) throw new WireTypeError(`${name} needs a type argument: ${name}<T>`);
  if (template.argument === ELEMENT) {
    if (!Object.hasOwn(ELEMENT_ARRAYS, argument)) {
      throw new WireTypeError(`the element of ${name}<E> is one of ${Object.keys(ELEMENT_ARRAYS).join(' ')}, not ${argument}`);
    }
    return template.apply(argument);
  }
  if (template.argument === CLASS) {
    if (!/^(@\d+|[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*)$/.test(argument)) {
      throw new WireTypeError(`the argument of ${name}<C> is a class's JS path or @key, not ${argument}`);
    }
    return template.apply(argument);
  }
  const args = splitArguments(argument);
  if (template.argument === FUNCTION) {
    const wires = args.map(parseWireType);
    const result = wires.pop();
    const badParam = wires.find((wire) => !FUNCTION_PARAM.includes(wire.kind) || wire.paramOnly);
    if (badParam) throw new WireTypeError(`${badParam.name} cannot be a parameter of function<A..., R>`);
    if (!FUNCTION_RESULT.includes(result.kind)) throw new WireTypeError(`${result.name} cannot be the result of function<A..., R>`);
    return template.apply(wires, result);
  }
  if (args.length !== 1) throw new WireTypeError(`${name}<T> takes one type argument, not ${args.length}`);
  const inner = parseWireType(args[0]);
  if (!template.argument.includes(inner.kind) || inner.paramOnly) throw new WireTypeError(`${name}<${inner.name}> is not a wire type`);
  return template.apply(inner);
}

// `int32, array<string>, void` -> ['int32', 'array<string>', 'void']: split at the commas outside
// angle brackets (each may be followed by one space; no other whitespace is allowed).
export function splitArguments(text) {
  const args = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '<') depth++;
    else if (text[i] === '>') depth--;
    else if (text[i] === ',' && depth === 0) {
      args.push(text.slice(start, i));
      start = text[i + 1] === ' ' ? i + 2 : i + 1; // `function<int32, string, void>`: one space may follow a comma
    }
  }
  args.push(text.slice(start));
  // Unbalanced brackets are left to parse(), which names the argument it cannot read.
  if (args.includes('')) throw new WireTypeError(`cannot read type arguments <${text}>`);
  return args;
}

// The wire type of a parameter or a result, or a WireTypeError where design.md does not allow it.
export function parameterType(spelling) {
  const wire = parseWireType(spelling);
  if (wire.kind === 'void') throw new WireTypeError('void is not a parameter type');
  if (wire.kind === 'result') throw new WireTypeError('result<T> is only a result type');
  return wire;
}

export function resultType(spelling) {
  const wire = parseWireType(spelling);
  if (wire.kind === 'span') throw new WireTypeError('span<E> is only a parameter type');
  if (wire.paramOnly) throw new WireTypeError(`${wire.name} is only a parameter type`);
  return wire;
}

// A JS value as messages show it: numbers and bigints with their value, everything else by its type.
export function describeValue(value) {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return `number ${value}`;
    case 'bigint':
      return `bigint ${value}n`;
    case 'object':
      return describeObject(value);
    default:
      return typeof value;
  }
}

// Never throws: a revoked Proxy throws at Array.isArray and instanceof, a Proxy or a getter at length.
function describeObject(value) {
  try {
    return describeReadable(value);
  } catch {
    return 'an object that throws when read (a revoked Proxy?)';
  }
}

function describeReadable(value) {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Date) return isValidDate(value) ? 'a Date' : 'an invalid Date';
  const parts = memoryViewParts(value);
  if (parts !== null) return `a ${parts.disposed ? 'disposed ' : ''}MemoryView of ${parts.kind}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return 'object';
}

// What is wrong with a value that `wire` does not accept.
export function misfit(wire, value, rt) {
  return wire.explain ? wire.explain(value, rt) : describeValue(value);
}
