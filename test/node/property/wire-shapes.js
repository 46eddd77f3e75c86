// The shapes the property tests drive, generated from the one type table (wire_types.def, read by
// tools/wire-table.mjs): every scalar wire type, optional<T> and array<T> of each, span<E> and
// segment<E> of each memory-view element (the JS runtime's ELEMENT_ARRAYS), void, promise<T> and
// function<...> of each scalar, and the C++ spelling of each as a parameter or result (result<T>
// around it for an import that may fail).
import { ELEMENT_ARRAYS } from '../../../js/src/memory-view.js';
import { readWireTypeTable } from '../../../tools/wire-table.mjs';

const table = readWireTypeTable();

// The first C++ spelling of a row, and the marshal_as keyword it needs when the row names one:
// `std::int64_t with marshal_as("number"), checked ...` -> { cxx: 'std::int64_t', keyword: 'number' }.
function cxxOf(row) {
  const [first] = row.cxxTypes.split(', ');
  const [, cxx, keyword] = /^(.*?)(?: with marshal_as\("(\w+)"\))?$/.exec(first);
  return { cxx, keyword };
}

const identifier = (wire) => wire.replace(/[<>]/g, '_').replace(/_+$/, '');

// { kind, wire, id, cxx, keyword }: kind is what the tests do with it ('value' for a scalar,
// optional<T> or array<T>, 'void', 'span', 'segment', 'promise', 'function', 'callback'); keyword is
// the marshal_as of the whole type, or undefined.
export const scalars = table
  .filter((row) => !row.template && row.name !== 'void')
  .map((row) => ({ kind: 'value', wire: row.name, id: row.name, ...cxxOf(row) }));

// void, as an import's result.
export const voidShape = (() => {
  const row = table.find((candidate) => !candidate.template && candidate.name === 'void');
  return { kind: 'void', wire: row.name, id: row.name, ...cxxOf(row) };
})();

// Each template of the table is driven below: a new one fails here until the tests drive it too.
const drivenTemplates = ['optional', 'array', 'span', 'segment', 'promise', 'function', 'result'];
// The class templates take a class, not a wire type: test/node/classes/ drives them, with classes of its own.
export const classTemplates = ['instance', 'instance_or_null', 'value_object'];
const undriven = table.find((row) => row.template && !drivenTemplates.includes(row.name) && !classTemplates.includes(row.name));
if (undriven) {
  throw new Error(`the property tests do not drive the wire template ${undriven.name} (test/node/property/wire-shapes.js)`);
}

const templateRow = (name) => {
  const row = table.find((candidate) => candidate.template && candidate.name === name);
  if (!row) throw new Error(`wire_types.def has no template ${name}`);
  return row;
};

// std::optional<T> -> (T) => `std::optional<int>`, from the template row's C++ spelling.
const applyTemplate = (name) => {
  const [pattern] = templateRow(name).cxxTypes.split(', ');
  return (inner) => pattern.replace(/<.*>/, `<${inner}>`);
};

const optionalCxx = applyTemplate('optional');
const arrayCxx = applyTemplate('array');
const spanCxx = applyTemplate('span');
const segmentCxx = applyTemplate('segment');
const promiseCxx = applyTemplate('promise');
export const resultCxx = applyTemplate('result');

export const optionals = scalars.map((inner) => ({
  kind: 'value',
  wire: `optional<${inner.wire}>`,
  id: identifier(`optional<${inner.wire}>`),
  cxx: optionalCxx(inner.cxx),
  keyword: inner.keyword,
  inner,
}));

export const arrays = scalars.map((inner) => ({
  kind: 'value',
  wire: `array<${inner.wire}>`,
  id: identifier(`array<${inner.wire}>`),
  cxx: arrayCxx(inner.cxx),
  keyword: inner.keyword && `array<${inner.keyword}>`,
  inner,
}));

// The C++ element of a memory view is the scalar row's type (a span of 64-bit integers needs no
// marshal_as).
const elementCxx = (element) => {
  const row = scalars.find((scalar) => scalar.wire === element);
  if (!row) throw new Error(`no scalar wire type ${element} for the memory-view element`);
  return row.cxx;
};

export const spans = Object.keys(ELEMENT_ARRAYS).map((element) => ({
  kind: 'span',
  wire: `span<${element}>`,
  id: identifier(`span<${element}>`),
  cxx: spanCxx(elementCxx(element)),
  element,
}));

export const segments = Object.keys(ELEMENT_ARRAYS).map((element) => ({
  kind: 'segment',
  wire: `segment<${element}>`,
  id: identifier(`segment<${element}>`),
  cxx: segmentCxx(elementCxx(element)),
  element,
}));

// promise<T> of void and of every scalar: a parameter C++ awaits.
export const promises = [voidShape, ...scalars].map((inner) => ({
  kind: 'promise',
  wire: `promise<${inner.wire}>`,
  id: identifier(`promise<${inner.wire}>`),
  cxx: promiseCxx(inner.cxx),
  keyword: inner.keyword && `promise<${inner.keyword}>`,
  inner,
}));

// function<result<T>> of every scalar T: a JS function whose result C++ reads, and
// function<T, T>: a C++ callback whose argument JS gives. std::function's C++ spelling is written
// here: the template row's (std::function<R(A...)>) is not a pattern of one argument.
export const functions = scalars.map((inner) => ({
  kind: 'function',
  wire: `function<result<${inner.wire}>>`,
  id: identifier(`function<${inner.wire}>`),
  cxx: `std::function<${resultCxx(inner.cxx)}()>`,
  keyword: inner.keyword && `function<${inner.keyword}>`,
  inner,
}));
export const callbacks = [...scalars, ...arrays].map((inner) => ({
  kind: 'callback',
  wire: `function<${inner.wire}, ${inner.wire}>`,
  id: identifier(`callback<${inner.wire}>`),
  cxx: `std::function<${inner.cxx}(${inner.cxx})>`,
  keyword: inner.keyword && `function<${inner.keyword}, ${inner.keyword}>`,
  inner,
}));

export const marshalAs = (keyword) => (keyword ? `jsinterop::marshal_as("${keyword}")` : '');

export const prologue = String.raw`
#include <jsinterop/jsinterop.h>
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>
`;
