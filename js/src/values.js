// The value table of docs/design.md "Handles": the JS values C++ holds, by i32 handle. An array with a
// free list; handle 0 is never a value (it means "empty" for optional<T>).

// What a free slot holds, so that a stale handle is told from a live one holding undefined.
const FREE = Symbol('free');

export class ValueTable {
  #values = [FREE];
  #free = [];

  // A new handle to `value`.
  add(value) {
    if (this.#free.length > 0) {
      const handle = this.#free.pop();
      this.#values[handle] = value;
      return handle;
    }
    this.#values.push(value);
    return this.#values.length - 1;
  }

  // The value of a live handle; any other handle is a fatal error.
  get(handle) {
    const value = (handle >>> 0) < this.#values.length ? this.#values[handle] : FREE;
    if (value === FREE) throw invalid(handle);
    return value;
  }

  // The value, and the handle is released.
  take(handle) {
    const value = this.get(handle);
    this.#release(handle);
    return value;
  }

  // Releasing handle 0 does nothing (an empty optional); any other handle must be live.
  release(handle) {
    if (handle === 0) return;
    this.get(handle);
    this.#release(handle);
  }

  // How many handles are live (for tests and diagnostics).
  get size() {
    return this.#values.length - 1 - this.#free.length;
  }

  #release(handle) {
    this.#values[handle] = FREE;
    this.#free.push(handle);
  }
}

function invalid(handle) {
  return new Error(`jsinterop: handle ${handle} is not a live value (released already, or never made)`);
}
