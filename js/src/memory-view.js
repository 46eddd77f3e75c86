// A typed window onto a module's linear memory, as .NET's MemoryView: JS sees C++'s span or
// array_segment without a copy. The typed array is built from the current memory.buffer at each use,
// because growing the memory detaches the old buffer.

// The element kinds of span<E> and segment<E> (docs/design.md), named as their wire types, and the
// typed array each reads the memory as. 'double' is kept as another name for 'float64'.
export const ELEMENT_ARRAYS = {
  uint8: Uint8Array,
  int8: Int8Array,
  uint16: Uint16Array,
  int16: Int16Array,
  int32: Int32Array,
  uint32: Uint32Array,
  float32: Float32Array,
  float64: Float64Array,
  int64_bigint: BigInt64Array,
  uint64_bigint: BigUint64Array,
};
const ELEMENT_KINDS = { ...ELEMENT_ARRAYS, double: Float64Array };
const KIND_NAMES = { double: 'float64' };

// The runtime's access to a view's memory and place (not part of the public class): set by the
// class's static block, which alone can read its private fields.
export let memoryViewParts;

export class MemoryView {
  #memory;
  #byteOffset;
  #length;
  #ArrayType;
  #kind;
  #disposed = false;

  static {
    memoryViewParts = (view) =>
      #memory in view
        ? { memory: view.#memory, byteOffset: view.#byteOffset, length: view.#length, kind: view.#kind, disposed: view.#disposed }
        : null;
  }

  // Built by the runtime: `length` elements of `elementKind` (a key of ELEMENT_ARRAYS, or 'double')
  // at `byteOffset` in `memory` (a WebAssembly.Memory).
  constructor(memory, byteOffset, length, elementKind) {
    if (!Object.hasOwn(ELEMENT_KINDS, elementKind)) {
      throw new TypeError(
        `MemoryView: unknown element kind '${elementKind}' (${Object.keys(ELEMENT_ARRAYS).join(', ')})`,
      );
    }
    const ArrayType = ELEMENT_KINDS[elementKind];
    checkIndex('byteOffset', byteOffset, Number.MAX_SAFE_INTEGER);
    checkIndex('length', length, Number.MAX_SAFE_INTEGER);
    if (byteOffset % ArrayType.BYTES_PER_ELEMENT !== 0) {
      throw new RangeError(`MemoryView: byteOffset ${byteOffset} is not aligned for ${elementKind}`);
    }
    if (byteOffset + length * ArrayType.BYTES_PER_ELEMENT > memory.buffer.byteLength) {
      throw new RangeError('MemoryView: the view ends outside the memory');
    }
    this.#memory = memory;
    this.#byteOffset = byteOffset;
    this.#length = length;
    this.#ArrayType = ArrayType;
    this.#kind = KIND_NAMES[elementKind] ?? elementKind;
  }

  // The element kind, as span<E>/segment<E> name it ('uint8' … 'float64', 'int64_bigint', 'uint64_bigint').
  get elementKind() {
    return this.#kind;
  }

  get length() {
    return this.#length;
  }

  get byteLength() {
    return this.#length * this.#ArrayType.BYTES_PER_ELEMENT;
  }

  get isDisposed() {
    return this.#disposed;
  }

  // Copies `array` (a typed array or an array of numbers) into the view, starting at element `targetOffset`.
  // An array that is not a typed array is read once first (a getter may change its length or grow the
  // memory, which detaches a typed array taken before), and the memory is viewed after that.
  set(array, targetOffset = 0) {
    if (this.#disposed) throw new Error('MemoryView: the view is disposed');
    checkIndex('targetOffset', targetOffset, this.#length);
    const length = array.length;
    if (length > this.#length - targetOffset) {
      throw new RangeError(`MemoryView.set: ${length} elements do not fit at offset ${targetOffset} of a view of ${this.#length}`);
    }
    const source = ArrayBuffer.isView(array) ? array : readOnce(array, length);
    this.#view().set(source, targetOffset);
  }

  // Copies the view from element `sourceOffset` to its end into the start of `target` (a typed array).
  copyTo(target, sourceOffset = 0) {
    const view = this.#view();
    if (!ArrayBuffer.isView(target) || target instanceof DataView) {
      throw new TypeError('MemoryView.copyTo: the target must be a typed array');
    }
    checkIndex('sourceOffset', sourceOffset, this.#length);
    const count = this.#length - sourceOffset;
    if (target.length < count) {
      throw new RangeError(`MemoryView.copyTo: ${count} elements do not fit in a target of ${target.length}`);
    }
    target.set(view.subarray(sourceOffset), 0);
  }

  // A copy of elements [start, end) as a typed array of the view's element type.
  slice(start = 0, end = this.#length) {
    const view = this.#view();
    checkIndex('start', start, this.#length);
    checkIndex('end', end, this.#length);
    if (start > end) throw new RangeError(`MemoryView.slice: start ${start} is after end ${end}`);
    return view.slice(start, end);
  }

  dispose() {
    this.#disposed = true;
  }

  #view() {
    if (this.#disposed) throw new Error('MemoryView: the view is disposed');
    return new this.#ArrayType(this.#memory.buffer, this.#byteOffset, this.#length);
  }
}

// The first `length` elements of an array-like, each read once.
function readOnce(array, length) {
  const copy = new Array(length);
  for (let i = 0; i < length; i++) copy[i] = array[i];
  return copy;
}

function checkIndex(name, value, limit) {
  if (!Number.isInteger(value) || value < 0 || value > limit) {
    throw new RangeError(`MemoryView: ${name} must be an integer in [0, ${limit}], got ${value}`);
  }
}
