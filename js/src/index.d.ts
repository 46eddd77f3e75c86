/// <reference lib="esnext.disposable" />
// The TypeScript declarations of jsinterop's JS runtime (index.js and memory-view.js): what
// `import ... from 'jsinterop'` gives. The module's own exports and imports are not known here; the
// declarations the driver writes next to a module describe those.
//
// Errors: the runtime exports no error classes. What it throws is an `Error` whose message starts
// with "jsinterop:" (a module not built by jsinterop-clang++, a missing import, an instance that
// ended), a `TypeError` naming the export and the parameter for a JS argument of the wrong type, a
// `WebAssembly.RuntimeError` (or `RangeError`, for a stack overflow) whose message is rewritten to
// say which fault of the C++ code it was and where, or the JS value a C++ export returned as the
// error of its `jsinterop::result<T>`. After a fault the instance has ended: every later call of
// an export, `run()` or `heapInUse()` throws an `Error` saying why.
// The WebAssembly and URL types come from TypeScript's "dom" lib (or any other declaration of them).

/**
 * What `instantiate` loads: a URL (fetched; in Node a file: URL is read from disk), in Node a file
 * path, the bytes of the module, or a module already compiled. (`& object`: TypeScript's
 * `WebAssembly.Module` is an empty interface, which a number or a boolean would satisfy too.)
 */
export type WasmSource = string | URL | ArrayBuffer | ArrayBufferView | (WebAssembly.Module & object);

/** A sink for the program's output: called with the text of each write (stdio writes a whole line once its buffer is flushed). */
export interface OutputSink {
  (text: string): void;
  /** Called when `run()` finishes, after the last partial write is passed on: for a sink that holds back an unterminated line. */
  flush?(): void;
}

/** The options of `instantiate`; every one may be left out. */
export interface InstantiateOptions {
  /**
   * The JS modules the module's `[[jsinterop::import("function", "Module")]]` functions come from, by name:
   * a namespace object (`await import('./Module.js')`, or any object of functions), or a URL or path
   * that the runtime `import()`s (relative to `baseUrl` when given; else, in Node, to the working
   * directory, and in a browser to the page). Each import looks its function up at its first call.
   */
  modules?: Readonly<Record<string, object | string>>;
  /** What relative module URLs (in `modules` and `host::import_module`) resolve against. */
  baseUrl?: string | URL;
  /** The program's arguments, after argv[0]. Default: none. */
  args?: readonly string[];
  /** The program's environment (`getenv`): name to value. Default: empty. */
  env?: Readonly<Record<string, string>>;
  /** argv[0]. Default: the file name of the source (`app.wasm` for bytes or a compiled module). */
  programName?: string;
  /** Where stdout goes. Default: in Node `process.stdout`, in a browser `console.log`, one call per line. */
  stdout?: OutputSink;
  /** Where stderr goes. Default: in Node `process.stderr`, in a browser `console.error`, one call per line. */
  stderr?: OutputSink;
  /**
   * Extra raw WebAssembly import modules, passed through to `WebAssembly.instantiate` unchecked.
   * Functions given for `wasi_snapshot_preview1` replace the runtime's; `jsinterop` and
   * `jsinterop.runtime` cannot be given (`instantiate` rejects).
   */
  imports?: WebAssembly.Imports;
}

/**
 * One function the module exports (`[[jsinterop::export]]`). It checks its arguments (a `TypeError`
 * naming the export and the parameter when one has the wrong type or count, before C++ runs) and
 * returns the C++ result as its JS value (a `Promise` for a task). Its real types are in the
 * declarations the driver writes for the module; here they are unknown.
 */
export type ExportedFunction = (...args: any[]) => unknown;

/** An instance of an exported C++ class: it owns a C++ object until `dispose()`. */
export interface ExportedInstance {
  /** Runs the C++ destructor and frees the object; a second call does nothing. */
  dispose(): void;
  [Symbol.dispose](): void;
  /** Whether `dispose()` was called. */
  readonly isDisposed: boolean;
}

/** An exported C++ class: `new` calls its exported constructor; its statics are its properties. */
export interface ExportedClass {
  new (...args: any[]): ExportedInstance;
  readonly [name: string]: unknown;
}

/**
 * The module's exports by namespace path: `app.exports.demo.Greeter.greeting` is the C++ function
 * `demo::Greeter::greeting`. Each level is a frozen object; a name is a namespace, a function or a
 * class.
 * Navigating it needs a cast (`app.exports.demo as Exports`) unless `instantiate` was given the
 * module's own type.
 */
export interface Exports {
  readonly [name: string]: Exports | ExportedFunction | ExportedClass;
}

/** What `instantiate` resolves with: one instance of the module. */
export interface App<E extends object = Exports> {
  /**
   * The exported functions, by namespace path. They can be called as soon as `instantiate`
   * resolves, before and after `run()`.
   */
  readonly exports: E;
  /** The WebAssembly instance. */
  readonly instance: WebAssembly.Instance;
  /** The compiled module. */
  readonly module: WebAssembly.Module;
  /** The module's linear memory (its `memory` export). */
  readonly memory: WebAssembly.Memory;
  /**
   * As .NET's `setModuleImports`: registers (or replaces) the functions of the JS module `moduleName`
   * that the module's imports call. An import looks its function up at its first call, so this
   * works after `instantiate`, before the first call.
   * @throws {TypeError} when `namespace` is not an object (or a function).
   */
  setModuleImports(moduleName: string, namespace: object): void;
  /**
   * Runs `main` once, then waits until no spawned task is pending. Resolves with `main`'s exit code
   * (or `exit()`'s), or 1 when `main` returned 0 and a spawned task failed. Program output is
   * flushed before it settles.
   * Rejects when called a second time, when the instance has ended, when the C++ code faults (the
   * instance ends), and in Node when `main` returned but pending tasks can never finish (nothing is
   * left that could settle what they await).
   */
  run(): Promise<number>;
  /** For leak tests: how many JS values the module holds handles to now. */
  readonly liveHandles: number;
  /**
   * For leak tests: how many bytes the module's `malloc` has handed out and not freed.
   * @throws {Error} when the instance has ended.
   */
  heapInUse(): number;
}

/**
 * Compiles (unless given a compiled module) and instantiates a module built by jsinterop-clang++,
 * binds its imports to JS functions, runs its static constructors, and returns the app object;
 * `run()` runs `main`. `E`, the type of `app.exports`, is not checked: give it the type the
 * driver's declarations describe for this module.
 * Rejects with a `TypeError` for a source of another type, and with an `Error` when the module is
 * not a jsinterop module (or of another ABI version), when it has a wasm import that neither the
 * runtime nor `options.imports` provides, when a module of `modules` cannot be imported or is not
 * an object, or when a static constructor faults or calls `exit()`.
 */
export function instantiate<E extends object = Exports>(source: WasmSource, options?: InstantiateOptions): Promise<App<E>>;

/** The typed arrays a `MemoryView` reads its memory as, by element kind (the wire types of `span<E>`/`segment<E>`). */
export interface ElementArrays {
  uint8: Uint8Array;
  int8: Int8Array;
  uint16: Uint16Array;
  int16: Int16Array;
  int32: Int32Array;
  uint32: Uint32Array;
  float32: Float32Array;
  float64: Float64Array;
  int64_bigint: BigInt64Array;
  uint64_bigint: BigUint64Array;
}

/** An element kind of a `MemoryView`. */
export type ElementKind = keyof ElementArrays;

/** The JS value of one element of kind `K`. */
export type ElementValue<K extends ElementKind> = K extends 'int64_bigint' | 'uint64_bigint' ? bigint : number;

/**
 * A typed window onto the module's linear memory, as .NET's `MemoryView`: JS sees a C++ span or
 * `array_segment` without a copy. A span's view lasts only for the call that passed it (it is
 * disposed when the call returns); a segment's lasts as long as C++ keeps the memory. Reading a
 * disposed view throws an `Error`; an index outside the view throws a `RangeError`.
 */
export class MemoryView<K extends ElementKind = ElementKind> {
  /**
   * A view of `length` elements of `elementKind` at `byteOffset` in `memory` (the runtime makes
   * these; 'double' is another name for 'float64').
   * @throws {TypeError} for an unknown element kind.
   * @throws {RangeError} when the view is not aligned for its elements or ends outside the memory.
   */
  constructor(memory: WebAssembly.Memory, byteOffset: number, length: number, elementKind: K | 'double');
  /** The element kind ('double' is reported as 'float64'). */
  get elementKind(): K;
  /** The number of elements. */
  get length(): number;
  /** The size in bytes. */
  get byteLength(): number;
  /** Whether `dispose()` was called (by JS, or by the runtime when a span's call returned). */
  get isDisposed(): boolean;
  /** Copies `array` (a typed array or an array of numbers, or of bigints for a 64-bit kind) into the view, from element `targetOffset` (default 0). */
  set(array: ArrayLike<ElementValue<K>>, targetOffset?: number): void;
  /** Copies the view from element `sourceOffset` (default 0) to its end into the start of `target`, which must be long enough. */
  copyTo(target: ElementArrays[ElementKind] | Uint8ClampedArray, sourceOffset?: number): void;
  /** A copy of elements [start, end) (default: all) as a new typed array of the view's element type. */
  slice(start?: number, end?: number): ElementArrays[K];
  /** Ends the view: later uses throw. The memory itself is C++'s and stays. */
  dispose(): void;
}
