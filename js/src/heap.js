// Access to a module's linear memory. Growing the memory detaches its ArrayBuffer, so the views are
// rebuilt whenever the cached one has gone stale; callers ask for a view after every call into wasm.

// Strings up to this many UTF-16 units that are pure ASCII are copied by a loop: for them that is
// cheaper than a call into TextEncoder/TextDecoder.
const SHORT_STRING = 16;

// String.fromCharCode takes the units as arguments: this many at a time stays far from the limit.
const U16_CHUNK = 8192;
// Typed arrays use the platform's byte order; wasm memory is little-endian.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class Heap {
  #memory;
  #bytes;
  #view;

  // Bindings are built before the module is instantiated, the memory is known after: attach() then.
  // `exports`: the instance's exports, for the runtime library functions that allocate.
  attach(memory, exports = null) {
    this.memory = memory;
    this.#memory = memory;
    this.exports = exports;
    this.#refresh();
  }

  bytes() {
    this.#refreshIfDetached();
    return this.#bytes;
  }

  dataView() {
    this.#refreshIfDetached();
    return this.#view;
  }

  // A typed array on a detached buffer has length 0 (a DataView would throw); a live wasm memory
  // always has at least one page. (`length`, not `byteLength`: the latter costs ten times more.)
  #refreshIfDetached() {
    if (this.#bytes.length === 0) this.#refresh();
  }

  #refresh() {
    const { buffer } = this.#memory;
    this.#bytes = new Uint8Array(buffer);
    this.#view = new DataView(buffer);
  }

  readString(address, byteLength) {
    const start = address >>> 0;
    const end = start + (byteLength >>> 0);
    const bytes = this.bytes();
    if (end - start <= SHORT_STRING) {
      const ascii = readShortAscii(bytes, start, end);
      if (ascii !== null) return ascii;
    }
    return decoder.decode(bytes.subarray(start, end));
  }

  // An export's string result: its wrapper returns the address of two u32s, data address and length.
  readReturnedString(area) {
    const [address, byteLength] = this.readPair(area >>> 0);
    return this.readString(address, byteLength);
  }

  // Two u32s at `address` (an export's return area, or a slot), as [first, second].
  readPair(address) {
    const view = this.dataView();
    return [view.getUint32(address, true), view.getUint32(address + 4, true)];
  }

  writePair(address, first, second) {
    const view = this.dataView();
    view.setUint32(address, first, true);
    view.setUint32(address + 4, second, true);
  }

  writeU32(address, value) {
    this.dataView().setUint32(address >>> 0, value, true);
  }

  // `units` UTF-16 code units at `address`, as a string: every unit as is, lone surrogates too (which a
  // TextDecoder would replace).
  readU16String(address, units) {
    const start = address >>> 0;
    const count = units >>> 0;
    let codes;
    if (LITTLE_ENDIAN && start % 2 === 0) {
      codes = new Uint16Array(this.#memory.buffer, start, count);
    } else {
      const view = this.dataView();
      codes = new Uint16Array(count);
      for (let i = 0; i < count; i++) codes[i] = view.getUint16(start + 2 * i, true);
    }
    if (count <= U16_CHUNK) return String.fromCharCode.apply(null, codes);
    let text = '';
    for (let i = 0; i < count; i += U16_CHUNK) {
      text += String.fromCharCode.apply(null, codes.subarray(i, i + U16_CHUNK));
    }
    return text;
  }

  // Writes the UTF-16 units of `value` into memory that `allocate(units)` returns (it may grow the
  // memory). Returns the address.
  writeU16String(value, allocate) {
    const units = value.length;
    const address = allocate(units) >>> 0;
    if (address === 0 && units > 0) throw new Error(`jsinterop: the module could not allocate ${2 * units} bytes for a string`);
    if (LITTLE_ENDIAN && address % 2 === 0) {
      const target = new Uint16Array(this.#memory.buffer, address, units);
      for (let i = 0; i < units; i++) target[i] = value.charCodeAt(i);
    } else {
      const view = this.dataView();
      for (let i = 0; i < units; i++) view.setUint16(address + 2 * i, value.charCodeAt(i), true);
    }
    return address;
  }

  // Writes `value` as UTF-8 into memory that `allocate(byteCount)` returns (it may grow the memory).
  // `maxBytes(value)` is the size to ask for when the string is not short ASCII. Returns the address
  // and the number of bytes written.
  writeString(value, allocate, maxBytes) {
    if (isShortAscii(value)) {
      const address = checkedAllocate(allocate, value.length);
      writeAscii(this.bytes(), address, value);
      return [address, value.length];
    }
    const capacity = maxBytes(value);
    const address = checkedAllocate(allocate, capacity);
    const { written } = encoder.encodeInto(value, this.bytes().subarray(address, address + capacity));
    return [address, written];
  }
}

function checkedAllocate(allocate, byteCount) {
  const address = allocate(byteCount) >>> 0;
  if (address === 0) throw new Error(`jsinterop: the module could not allocate ${byteCount} bytes for a string`);
  return address;
}

// The bytes as a string if all are ASCII, else null: one String.fromCharCode call of up to eight
// units (a loop of `+=` costs three times more for a short string).
function readShortAscii(bytes, start, end) {
  let or = 0;
  for (let i = start; i < end; i++) or |= bytes[i];
  if (or >= 0x80) return null;
  let text = '';
  for (let at = start; at < end; at += 8) text += eightAscii(bytes, at, Math.min(end - at, 8));
  return text;
}

function eightAscii(b, at, count) {
  switch (count) {
    case 1:
      return fromCharCode(b[at]);
    case 2:
      return fromCharCode(b[at], b[at + 1]);
    case 3:
      return fromCharCode(b[at], b[at + 1], b[at + 2]);
    case 4:
      return fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]);
    case 5:
      return fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3], b[at + 4]);
    case 6:
      return fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3], b[at + 4], b[at + 5]);
    case 7:
      return fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3], b[at + 4], b[at + 5], b[at + 6]);
    default:
      return fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3], b[at + 4], b[at + 5], b[at + 6], b[at + 7]);
  }
}

const { fromCharCode } = String;

function isShortAscii(value) {
  if (value.length > SHORT_STRING) return false;
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) >= 0x80) return false;
  }
  return true;
}

function writeAscii(bytes, address, value) {
  for (let i = 0; i < value.length; i++) bytes[address + i] = value.charCodeAt(i);
}

// The most UTF-8 bytes a string can take: three per UTF-16 unit (a surrogate pair takes four for two).
export function utf8MaxBytes(value) {
  return value.length * 3;
}

// The exact UTF-8 length, as TextEncoder would write it (a lone surrogate becomes U+FFFD, 3 bytes).
export function utf8Length(value) {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(value.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const isHighSurrogate = (unit) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit) => unit >= 0xdc00 && unit <= 0xdfff;
