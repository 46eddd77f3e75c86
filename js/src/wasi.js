// WASI preview1, as much of it as a jsinterop program needs, for Node and browsers alike: arguments,
// environment, clocks, randomness, exit, and stdin/stdout/stderr. There is no file system: no
// directory is preopened, and a WASI function not written here returns ENOSYS.
import { Heap } from './heap.js';

export const WASI_MODULE = 'wasi_snapshot_preview1';

const ERRNO_SUCCESS = 0;
const ERRNO_BADF = 8;
const ERRNO_INVAL = 28;
const ERRNO_NOSYS = 52;
const ERRNO_SPIPE = 70;

const CLOCK_REALTIME = 0;
const CLOCK_MONOTONIC = 1;
const CLOCK_PROCESS_CPUTIME = 2;
const CLOCK_THREAD_CPUTIME = 3;

const FILETYPE_CHARACTER_DEVICE = 2;
const RIGHT_FD_READ = 1n << 1n;
const RIGHT_FD_WRITE = 1n << 6n;

const STDIN = 0;
const STDERR = 2;

// crypto.getRandomValues fills at most this many bytes per call.
const RANDOM_CHUNK = 65536;

const encoder = new TextEncoder();

// Thrown by proc_exit to unwind the wasm stack; whoever called into wasm catches it.
export class WasiExit {
  constructor(code) {
    this.code = code;
  }
}

export class Wasi {
  #heap = new Heap();
  #args;
  #environ;
  #outputs;

  // args: the full argv (argv[0] included); env: name -> value; stdout/stderr: (text) => void.
  constructor({ args = [], env = {}, stdout, stderr }) {
    this.#args = args.map(toCString);
    this.#environ = Object.entries(env).map(([name, value]) => toCString(`${name}=${value}`));
    this.#outputs = new Map([
      [1, new TextOutput(stdout)],
      [2, new TextOutput(stderr)],
    ]);
  }

  // The memory becomes known once the module is instantiated.
  attach(memory) {
    this.#heap.attach(memory);
  }

  // Writes out what a sink still holds: an incomplete UTF-8 sequence, an unterminated line.
  flush() {
    for (const output of this.#outputs.values()) output.flush();
  }

  // The import object for `module`: every WASI function it imports, unimplemented ones as ENOSYS stubs.
  importObject(module) {
    const functions = {};
    for (const { module: from, name, kind } of WebAssembly.Module.imports(module)) {
      if (from !== WASI_MODULE || kind !== 'function') continue;
      functions[name] = Object.hasOwn(this.#functions, name) ? this.#functions[name] : notImplemented;
    }
    return functions;
  }

  // The implemented functions by name, for a host that assembles its imports itself.
  get functions() {
    return this.#functions;
  }

  #functions = {
    args_sizes_get: (countAddress, bytesAddress) => this.#sizes(this.#args, countAddress, bytesAddress),
    args_get: (pointersAddress, bufferAddress) => this.#copyStrings(this.#args, pointersAddress, bufferAddress),
    environ_sizes_get: (countAddress, bytesAddress) => this.#sizes(this.#environ, countAddress, bytesAddress),
    environ_get: (pointersAddress, bufferAddress) =>
      this.#copyStrings(this.#environ, pointersAddress, bufferAddress),

    clock_time_get: (clock, _precision, timeAddress) => this.#clock(clock, timeAddress, false),
    clock_res_get: (clock, resolutionAddress) => this.#clock(clock, resolutionAddress, true),

    random_get: (address, byteLength) => {
      const start = address >>> 0;
      const end = start + (byteLength >>> 0);
      const bytes = this.#heap.bytes();
      for (let offset = start; offset < end; offset += RANDOM_CHUNK) {
        crypto.getRandomValues(bytes.subarray(offset, Math.min(offset + RANDOM_CHUNK, end)));
      }
      return ERRNO_SUCCESS;
    },

    proc_exit: (code) => {
      throw new WasiExit(code);
    },
    sched_yield: () => ERRNO_SUCCESS,

    fd_write: (fd, iovsAddress, iovsCount, writtenAddress) => {
      const output = this.#outputs.get(fd);
      if (!output) return ERRNO_BADF;
      const bytes = this.#heap.bytes();
      const chunks = [];
      for (let i = 0; i < iovsCount; i++) {
        const [address, length] = this.#heap.readPair((iovsAddress >>> 0) + i * 8);
        chunks.push(bytes.subarray(address, address + length));
      }
      output.write(chunks);
      return this.#writeU32(writtenAddress, totalLength(chunks));
    },
    // stdin is empty: every read is at its end.
    fd_read: (fd, _iovsAddress, _iovsCount, readAddress) => (fd === STDIN ? this.#writeU32(readAddress, 0) : ERRNO_BADF),
    fd_close: (fd) => (isStdio(fd) ? ERRNO_SUCCESS : ERRNO_BADF),
    fd_seek: (fd) => (isStdio(fd) ? ERRNO_SPIPE : ERRNO_BADF),
    fd_fdstat_get: (fd, statAddress) => {
      if (!isStdio(fd)) return ERRNO_BADF;
      const view = this.#heap.dataView();
      const address = statAddress >>> 0;
      view.setUint8(address, FILETYPE_CHARACTER_DEVICE);
      view.setUint16(address + 2, 0, true); // fs_flags
      view.setBigUint64(address + 8, fd === STDIN ? RIGHT_FD_READ : RIGHT_FD_WRITE, true);
      view.setBigUint64(address + 16, 0n, true);
      return ERRNO_SUCCESS;
    },
    fd_prestat_get: () => ERRNO_BADF,
    fd_prestat_dir_name: () => ERRNO_BADF,
  };

  // The clock's time, or its resolution (performance.now's: a microsecond), in nanoseconds at `address`.
  #clock(clock, address, resolution) {
    const now = clockNow(clock);
    if (now === null) return ERRNO_INVAL;
    this.#heap.dataView().setBigUint64(address >>> 0, resolution ? 1000n : now, true);
    return ERRNO_SUCCESS;
  }

  // Writes a u32 result: a success.
  #writeU32(address, value) {
    this.#heap.writeU32(address, value);
    return ERRNO_SUCCESS;
  }

  #sizes(strings, countAddress, bytesAddress) {
    this.#heap.writeU32(countAddress, strings.length);
    return this.#writeU32(bytesAddress, totalLength(strings));
  }

  // Writes each NUL-terminated string into the buffer and its address into the pointer array.
  #copyStrings(strings, pointersAddress, bufferAddress) {
    const bytes = this.#heap.bytes();
    let next = bufferAddress >>> 0;
    strings.forEach((string, index) => {
      this.#heap.writeU32((pointersAddress >>> 0) + index * 4, next);
      bytes.set(string, next);
      next += string.length;
    });
    return ERRNO_SUCCESS;
  }
}

// A stdout or stderr: decodes a stream of UTF-8 bytes, so a character split across two writes is
// kept whole, and hands the text to its sink.
class TextOutput {
  #decoder = new TextDecoder();
  #sink;

  constructor(sink) {
    this.#sink = sink;
  }

  // One fd_write, one call of the sink: stdio writes a line as its buffer and the newline, two chunks.
  write(chunks) {
    const text = chunks.map((chunk) => this.#decoder.decode(chunk, { stream: true })).join('');
    if (text) this.#sink(text);
  }

  flush() {
    const rest = this.#decoder.decode();
    if (rest) this.#sink(rest);
    this.#sink.flush?.();
  }
}

// A sink that passes each complete line to `log` (console.log adds its own newline), keeping an
// unterminated line until its end arrives or the sink is flushed.
export function lineSink(log) {
  let partial = '';
  const sink = (text) => {
    const lines = (partial + text).split('\n');
    partial = lines.pop();
    for (const line of lines) log(line);
  };
  sink.flush = () => {
    if (partial) log(partial);
    partial = '';
  };
  return sink;
}

function clockNow(clock) {
  if (clock === CLOCK_REALTIME) return nanoseconds(performance.timeOrigin + performance.now());
  // No CPU-time clock in JS; elapsed time is the closest measure a program's clock() can get.
  const elapsed = [CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME, CLOCK_THREAD_CPUTIME].includes(clock);
  return elapsed ? nanoseconds(performance.now()) : null;
}

const nanoseconds = (milliseconds) => BigInt(Math.round(milliseconds * 1e6));
const toCString = (text) => encoder.encode(`${text}\0`);
const isStdio = (fd) => fd >= STDIN && fd <= STDERR;
const notImplemented = () => ERRNO_NOSYS;
const totalLength = (arrays) => arrays.reduce((total, array) => total + array.length, 0);
