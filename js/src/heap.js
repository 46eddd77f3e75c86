// Access to a module's linear memory. Growing the memory detaches its ArrayBuffer, so the views are
// rebuilt whenever the cached one has gone stale; callers ask for a view after every call into wasm.

// Strings up to this many UTF-16 units that are pure ASCII are copied by a loop: for them that is
// cheaper than a call into TextEncoder/TextDecoder.
const SHORT_STRING = 16;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class Heap {
  #memory;
  #bytes;
  #view;

  // Bindings are built before the module is instantiated, the memory is known after: attach() then.
  // `exports`: the instance's exports, for the runtime library functions that allocate.
  attach(memory, exports = null) {
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

  // A typed array on a detached buffer reports byteLength 0 (a DataView would throw); a live wasm
  // memory always has at least one page.
  #refreshIfDetached() {
    if (this.#bytes.byteLength === 0) this.#refresh();
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
    const view = this.dataView();
    const address = area >>> 0;
    return this.readString(view.getUint32(address, true), view.getUint32(address + 4, true));
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

function readShortAscii(bytes, start, end) {
  let text = '';
  for (let i = start; i < end; i++) {
    const byte = bytes[i];
    if (byte >= 0x80) return null;
    text += String.fromCharCode(byte);
  }
  return text;
}

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
