// What a JS value becomes when it crosses as a wire type, as docs/types.md ("Rules that go with the
// table") states it, written apart from js/src/wire.js so that the property tests check the runtime
// against the documentation, not against itself. For each scalar wire type: `map(value)` (the value
// C++ gives back, or REJECT) and `fitting` (a fast-check arbitrary of values it takes). A wire type
// of the table that this model does not know fails the test (scalarModel).
import fc from 'fast-check';

export const REJECT = Symbol('reject');

const isObject = (value) => (typeof value === 'object' && value !== null) || typeof value === 'function';
const unsignedZero = (value) => (value === 0 ? 0 : value); // -0 crosses as the integer 0

function integerModel(min, max) {
  return {
    map: (value) => (Number.isInteger(value) && value >= min && value <= max ? unsignedZero(value) : REJECT),
    fitting: fc.oneof(
      fc.integer({ min: Math.max(min, -0x80000000), max: Math.min(max, 0x7fffffff) }),
      fc.double({ min, max, noNaN: true }).map(Math.trunc),
      fc.constantFrom(min, max, -0),
    ),
  };
}

function bigintModel(bits, signed) {
  const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  return {
    map: (value) => (typeof value === 'bigint' && value >= min && value <= max ? value : REJECT),
    fitting: fc.oneof(fc.bigInt({ min, max }), fc.constantFrom(min, max, 0n)),
  };
}

const numberModel = (convert) => ({
  map: (value) => (typeof value === 'number' ? convert(value) : REJECT),
  fitting: fc.oneof(fc.double(), fc.constantFrom(-0, NaN, Infinity, -Infinity, 3.4e38, 1e-45, Number.MAX_VALUE)),
});

const DATE_LIMIT = 8.64e15; // the range of a JS Date, in ms

const models = {
  bool: { map: (value) => (typeof value === 'boolean' ? value : REJECT), fitting: fc.boolean() },
  int8: integerModel(-0x80, 0x7f),
  uint8: integerModel(0, 0xff),
  int16: integerModel(-0x8000, 0x7fff),
  uint16: integerModel(0, 0xffff),
  int32: integerModel(-0x80000000, 0x7fffffff),
  uint32: integerModel(0, 0xffffffff),
  int64_number: integerModel(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
  uint64_number: integerModel(0, Number.MAX_SAFE_INTEGER),
  int64_bigint: bigintModel(64, true),
  uint64_bigint: bigintModel(64, false),
  float32: numberModel(Math.fround),
  float64: numberModel((value) => value),
  intptr: integerModel(-0x80000000, 0x7fffffff),
  pointer: integerModel(0, 0xffffffff),
  char16: {
    map: (value) => (typeof value === 'string' && value.length === 1 ? value : REJECT),
    fitting: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
  },
  char16_number: integerModel(0, 0xffff),
  date: {
    map: (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? new Date(value.getTime()) : REJECT),
    fitting: fc
      .oneof(fc.double({ min: -DATE_LIMIT, max: DATE_LIMIT, noNaN: true }), fc.constantFrom(-DATE_LIMIT, DATE_LIMIT, 0, -1))
      .map((ms) => new Date(ms)),
  },
  // A lone surrogate is not Unicode: U+FFFD in UTF-8, kept as it is in UTF-16.
  string: { map: (value) => (typeof value === 'string' ? value.toWellFormed() : REJECT), fitting: utf16String() },
  u16string: { map: (value) => (typeof value === 'string' ? value : REJECT), fitting: utf16String() },
  object: { map: (value) => (isObject(value) ? value : REJECT), fitting: fc.constantFrom({}, [], () => 1, new Error('e')) },
  any: { map: (value) => value, fitting: fc.anything() },
  error: { map: (value) => value, fitting: fc.anything() },
};

// Strings of any UTF-16 units: lone surrogates, NUL, pairs.
export function utf16String() {
  return fc.oneof(
    fc.string(),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units)),
  );
}

export function scalarModel(wire) {
  const model = models[wire];
  if (!model) throw new Error(`the property tests have no model of the wire type ${wire} (test/node/property/model.js)`);
  return model;
}

// The model of a shape of wire-shapes.js: { map(value), fitting }, for scalars, optional<T> and
// array<T> (whose elements are read once: `elements` is that read).
export function shapeModel(shape) {
  if (shape.wire.startsWith('optional<')) {
    const inner = scalarModel(shape.inner.wire);
    return {
      map: (value) => (value === null || value === undefined ? null : inner.map(value)),
      fitting: fc.oneof(fc.constantFrom(null, undefined), inner.fitting),
    };
  }
  if (shape.wire.startsWith('array<')) {
    const inner = scalarModel(shape.inner.wire);
    return {
      map: (value, elements = value) => {
        if (!Array.isArray(value)) return REJECT;
        const mapped = elements.map((element) => inner.map(element));
        return mapped.includes(REJECT) ? REJECT : mapped;
      },
      fitting: fc.array(inner.fitting, { maxLength: 8 }),
    };
  }
  return scalarModel(shape.wire);
}
