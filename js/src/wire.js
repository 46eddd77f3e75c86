// How each wire type of runtime/include/jsinterop/abi/wire_types.def crosses between JS and wasm,
// keyed on the wire type names that descriptors carry. A binding looks its marshallers up once, when
// it is built.
//
//   wasmValues           how many wasm values one parameter takes
//   resultInMemory       the result travels through linear memory (import: leading slot parameter;
//                        export: the wrapper returns the address of its return area)
//   expects, accepts     what a JS value must be, for messages and checks
//   lift, lower          (one-value types) wasm value -> JS value, checked JS value -> wasm value
//   liftImportParam(heap)    -> (wasmArgs, index) => JS value
//   lowerImportResult(heap)  -> (value, slot) => wasm result
//   lowerExportParam(heap)   -> (value, wasmArgs) => appends the wasm values
//   liftExportResult(heap)   -> (wasm result) => JS value
import { utf8Length, utf8MaxBytes } from './heap.js';

const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;

const identity = (value) => value;
const ignore = () => undefined;

function oneValue({ expects, accepts, lift, lower }) {
  return {
    wasmValues: 1,
    resultInMemory: false,
    expects,
    accepts,
    lift,
    lower,
    liftImportParam: () => (wasmArgs, index) => lift(wasmArgs[index]),
    lowerImportResult: () => lower,
    lowerExportParam: () => (value, wasmArgs) => {
      wasmArgs.push(lower(value));
    },
    liftExportResult: () => lift,
  };
}

export const wireTypes = {
  void: {
    wasmValues: 0,
    resultInMemory: false,
    expects: 'undefined',
    accepts: () => true, // whatever a void import returns is dropped, as C++ would
    lowerImportResult: () => ignore,
    liftExportResult: () => ignore,
  },
  bool: oneValue({
    expects: 'a boolean',
    accepts: (value) => typeof value === 'boolean',
    lift: (wasm) => wasm !== 0,
    lower: (value) => (value ? 1 : 0),
  }),
  int32: oneValue({
    expects: 'an int32 number',
    accepts: (value) => Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX,
    lift: identity,
    lower: identity,
  }),
  float64: oneValue({
    expects: 'a number',
    accepts: (value) => typeof value === 'number',
    lift: identity,
    lower: identity,
  }),
  string: {
    wasmValues: 2,
    resultInMemory: true,
    expects: 'a string',
    accepts: (value) => typeof value === 'string',
    liftImportParam: (heap) => (wasmArgs, index) => heap.readString(wasmArgs[index], wasmArgs[index + 1]),
    // The slot is a std::string: size it exactly, since the program keeps it.
    lowerImportResult: (heap) => (value, slot) => {
      const resize = heap.exports.jsinterop_string_resize;
      heap.writeString(value, (byteCount) => resize(slot, byteCount), utf8Length);
    },
    // The C++ side frees the bytes when the export returns, so the worst case is cheap to allocate.
    lowerExportParam: (heap) => (value, wasmArgs) => {
      const [address, byteLength] = heap.writeString(value, heap.exports.jsinterop_alloc, utf8MaxBytes);
      wasmArgs.push(address, byteLength);
    },
    liftExportResult: (heap) => (area) => heap.readReturnedString(area),
  },
};

export function isParameterType(name) {
  return Object.hasOwn(wireTypes, name) && wireTypes[name].wasmValues > 0;
}

export function isResultType(name) {
  return Object.hasOwn(wireTypes, name);
}

// A JS value as messages show it: numbers with their value, everything else by its type.
export function describeValue(value) {
  if (value === null) return 'null';
  if (typeof value === 'number') return `number ${value}`;
  return typeof value;
}
