// Access to a module's linear memory. Growing the memory detaches its ArrayBuffer, so the views are
// rebuilt whenever the cached one has gone stale; callers ask for a view after every call into wasm.

// Strings up to this many UTF-16 units that are pure ASCII are copied by a loop: for them that is
// cheaper than a call into TextEncoder/TextDecoder.
const SHORT_STRING = 16;

const RECENT_STRINGS = 64; // a power of two
// The bytes of a string of `length` (at most 8) in the first and the second little-endian word.
const LOW_MASK = [0, 0xff, 0xffff, 0xffffff, -1, -1, -1, -1, -1];
const HIGH_MASK = [0, 0, 0, 0, 0, 0xff, 0xffff, 0xffffff, -1];

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
  // ASCII strings of up to eight bytes read lately, with their bytes as two words, by a hash of
  // them: C++ passes the same few strings again and again (a literal, a key), and comparing two
  // words costs less than making a string.
  #recent = new Array(RECENT_STRINGS).fill('');
  #recentWords = new Int32Array(2 * RECENT_STRINGS);
  // The free part of the argument area (wire.h, detail::argument_area), where an export's short
  // string arguments go, with no malloc and free. An export's wrapper saves argumentTop before
  // lowering its arguments and restores it when the call is over, so that a nested call's
  // arguments go above those of the call it is in.
  argumentTop = 0;
  #argumentEnd = 0;
  // The byte count of the last string writeArgumentString wrote.
  written = 0;
  // jsinterop_string_argument(previous, kept, capacity): a std::string JS writes a long argument
  // into, which the parameter then takes (src/strings.cpp); undefined in an older library.
  #stringArgument;

  // Bindings are built before the module is instantiated, the memory is known after: attach() then.
  // `exports`: the instance's exports, for the runtime library functions that allocate.
  attach(memory, exports = null) {
    this.memory = memory;
    this.#memory = memory;
    this.exports = exports;
    // A library without an argument area or jsinterop_string_argument (older, of the same ABI) takes
    // those arguments from jsinterop_alloc, and frees them.
    if (typeof exports?.jsinterop_argument_area === 'function') {
      this.argumentTop = exports.jsinterop_argument_area() >>> 0;
      this.#argumentEnd = exports.jsinterop_argument_area_end() >>> 0;
    }
    this.#stringArgument = exports?.jsinterop_string_argument;
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
    const length = byteLength >>> 0;
    const bytes = this.bytes();
    if (length <= 8 && start + 8 <= bytes.length) {
      // Up to eight bytes as two words (masked to the string's length): one test says they are all
      // ASCII, two compares whether they are a string read lately.
      const low = this.#view.getInt32(start, true) & LOW_MASK[length];
      const high = this.#view.getInt32(start + 4, true) & HIGH_MASK[length];
      if (((low | high) & 0x80808080) === 0) {
        const slot = (low ^ (high * 31) ^ length) & (RECENT_STRINGS - 1);
        const recent = this.#recent[slot];
        if (recent.length === length && this.#recentWords[2 * slot] === low && this.#recentWords[2 * slot + 1] === high) {
          return recent;
        }
        const text = eightAscii(bytes, start, length);
        this.#recent[slot] = text;
        this.#recentWords[2 * slot] = low;
        this.#recentWords[2 * slot + 1] = high;
        return text;
      }
    } else if (length <= SHORT_STRING) {
      const ascii = readShortAscii(bytes, start, start + length);
      if (ascii !== null) return ascii;
    }
    return decoder.decode(bytes.subarray(start, start + length));
  }

  // An export's string result: its wrapper returns the address of two u32s, data address and length.
  readReturnedString(area) {
    const view = this.dataView();
    const at = area >>> 0;
    return this.readString(view.getUint32(at, true), view.getUint32(at + 4, true));
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
    this.#writeU16(address, value);
    return address;
  }

  // An export's UTF-16 string argument: its address.
  writeArgumentU16String(value) {
    const address = this.#argumentSpace(2 * value.length, 2);
    this.#writeU16(address, value);
    return address;
  }

  #writeU16(address, value) {
    if (LITTLE_ENDIAN && address % 2 === 0) {
      const target = new Uint16Array(this.#memory.buffer, address, value.length);
      for (let i = 0; i < value.length; i++) target[i] = value.charCodeAt(i);
    } else {
      const view = this.dataView();
      for (let i = 0; i < value.length; i++) view.setUint16(address + 2 * i, value.charCodeAt(i), true);
    }
  }

  // Writes `value` as UTF-8 into exactly as many bytes as `allocate(byteCount)` returns (it may grow
  // the memory): an import's string result, which the program keeps.
  writeString(value, allocate) {
    if (isShortAscii(value)) {
      const address = checkedAllocate(allocate, value.length);
      writeAscii(this.bytes(), address, value);
      return;
    }
    const byteCount = utf8Length(value);
    const address = checkedAllocate(allocate, byteCount);
    encoder.encodeInto(value, this.bytes().subarray(address, address + byteCount));
  }

  // An export's string argument as UTF-8, in the argument area or else from jsinterop_alloc (C++
  // frees it when the call returns): its address; `written` is its byte count.
  writeArgumentString(value) {
    const capacity = 3 * value.length; // a UTF-16 unit takes at most three bytes
    if (capacity > this.#argumentEnd - this.argumentTop && this.#stringArgument !== undefined) return this.#writeInPlace(value);
    const top = this.argumentTop;
    const address = this.#argumentSpace(capacity, 1);
    const bytes = this.bytes();
    let written = value.length <= SHORT_STRING ? writeAscii(bytes, address, value) : -1;
    if (written < 0) written = encoder.encodeInto(value, bytes.subarray(address, address + capacity)).written;
    if (address === top) this.argumentTop = address + written; // only what was written stays taken
    this.written = written;
    return address;
  }

  // A long string straight into the std::string its parameter takes (jsinterop_string_argument:
  // no copy in C++): as many bytes as units first (all of them, if it is ASCII), then room for the
  // rest at three bytes a unit.
  #writeInPlace(value) {
    const string = this.#stringArgument;
    let address = string(0, 0, value.length) >>> 0;
    let { read, written } = encoder.encodeInto(value, this.bytes().subarray(address, address + value.length));
    if (read < value.length) {
      const capacity = written + 3 * (value.length - read);
      address = string(address, written, capacity) >>> 0;
      written += encoder.encodeInto(value.substring(read), this.bytes().subarray(address + written, address + capacity)).written;
    }
    this.written = written;
    return address;
  }

  // `byteCount` bytes aligned to `align` for an argument: in the argument area while it has room,
  // else from jsinterop_alloc.
  #argumentSpace(byteCount, align) {
    const address = ((this.argumentTop + align - 1) & -align) >>> 0;
    if (byteCount <= this.#argumentEnd - address) {
      this.argumentTop = address + byteCount;
      return address;
    }
    return checkedAllocate(this.exports.jsinterop_alloc, byteCount);
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
    case 0:
      return '';
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

// Writes `value` if it is ASCII and returns its length, else -1 (having written part of it).
function writeAscii(bytes, address, value) {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0x80) return -1;
    bytes[address + i] = unit;
  }
  return value.length;
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
