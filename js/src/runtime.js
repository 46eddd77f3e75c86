// What the bindings of one instance share: its name for messages, its memory, the registered JS
// modules, and whether it can still be called; and what happens when it ends (docs/design.md, "What
// ends a program, and what it prints"): its faults are described here, in one place.
import { messageOf, stackOf } from './format.js';
import { Heap } from './heap.js';
import { ValueTable } from './values.js';
import { WasiExit } from './wasi.js';

export { messageOf };

export class Runtime {
  #death = null; // once the instance ended: { reason, unwind() (what to throw into wasm), exited, told }
  #watchers = new Set(); // called once when the instance ends: ({ error } or { code })
  #idleWaiters = new Set(); // called at the next tasks_idle()
  #unsettled = new Set(); // the reject functions of task promises JS holds and C++ has not settled
  #closers = []; // called once when the instance ends, to close a way into it (closeAtEnd)

  // baseUrl: what relative module URLs (import_module) resolve against, or undefined. module: the
  // WebAssembly.Module, whose name section names the C++ functions of a stack.
  constructor(name, modules, baseUrl = undefined, module = undefined) {
    this.name = name;
    this.modules = modules; // module name -> namespace object
    this.baseUrl = baseUrl;
    this.heap = new Heap();
    this.values = new ValueTable();
    this.framePrefix = module === undefined ? '' : nameSectionModuleName(module);
  }

  get isDead() {
    return this.#death !== null;
  }

  assertAlive() {
    if (this.#death !== null) throw new Error(`jsinterop: ${this.name} can no longer be called: ${this.#death.reason}`);
  }

  // Calls `close()` when the instance ends, before anything learns of it: an export replaces its wasm
  // function by assertAlive there, so that its wrapper need not test at every call. (Not a watcher:
  // watchers are what learns of the end.)
  closeAtEnd(close) {
    this.#closers.push(close);
  }

  // What to throw into wasm that is still on the stack when JS code it called ended the instance
  // (a C++ callback trapped, and its JS caller caught the error): wasm must unwind, not go on. The
  // error that ended it, or a WasiExit for an exit.
  unwinding() {
    return this.#death.unwind();
  }

  // wasm unwound with `error` (a fatal error, a trap, proc_exit) while running `during`. Its state is
  // unknown now, so nothing may call into it again. Returns what to throw: the error itself (a trap's
  // message says what it was and where), or for proc_exit an Error saying so.
  failure(error, during) {
    if (isInstance(error, ErrorValue)) return error.value; // result<T>: not a failure of the instance
    if (isInstance(error, WasiExit)) {
      this.exited(error.code);
      return new Error(`jsinterop: ${this.name} exited with code ${error.code} during ${during}`);
    }
    if (this.#death !== null) return error;
    describeFault(error, this);
    this.#end(`failed: ${messageOf(error)}`, () => error, { error });
    return error;
  }

  // The instance ended by proc_exit (in main, or in a task): a normal end, but an end.
  exited(code) {
    if (this.#death !== null) return;
    this.#end(`exited with code ${code}`, () => new WasiExit(code), { code });
  }

  // wasm called from the event loop (a promise continuation, a C++ callback, a finalizer) unwound
  // with `error`. The instance is dead; run() or the pending promises of tasks learn why if there
  // were any when it ended, otherwise the error is thrown, once (an exit(), a normal end, is not).
  // It may have ended already, deeper in the same call: a C++ callback that trapped under JS code
  // that caught the error.
  asyncFailure(error, during) {
    const thrown = this.failure(error, during);
    const death = this.#death;
    if (death.told || death.exited || isInstance(error, WasiExit)) return;
    death.told = true;
    throw thrown;
  }

  // Calls `watcher({ error } or { code })` when the instance ends; returns a function that stops it.
  whenEnded(watcher) {
    return track(this.#watchers, watcher);
  }

  // A promise C++ will settle (deferred_new): if the instance ends first, `reject` is called with an
  // error saying why. Returns a function to call once the promise is settled.
  unsettled(reject) {
    return track(this.#unsettled, reject);
  }

  // Calls `waiter()` at the next tasks_idle(); returns a function that stops it.
  whenIdle(waiter) {
    return track(this.#idleWaiters, waiter);
  }

  // The intrinsic tasks_idle(): no spawned task is pending any more.
  tasksIdle() {
    drain(this.#idleWaiters);
  }

  // how: "failed: ..." or "exited with code N". told: whether run() or a task's promise learns of
  // the end (asyncFailure throws if not).
  #end(how, unwind, outcome) {
    const told = this.#watchers.size > 0 || this.#unsettled.size > 0;
    this.#death = { reason: `it ${how}`, unwind, exited: outcome.code !== undefined, told };
    this.#closers.splice(0).forEach((close) => close());
    if (this.#unsettled.size > 0) {
      const error = new Error(
        `jsinterop: ${this.name} ended (${how}) before this task finished`,
        outcome.error === undefined ? undefined : { cause: outcome.error },
      );
      drain(this.#unsettled, error);
    }
    drain(this.#watchers, outcome);
  }
}

// Adds `f` to `set`; returns a function that takes it out again.
function track(set, f) {
  set.add(f);
  return () => set.delete(f);
}

// Calls each function of `set` with `value`, once: the set is emptied first.
function drain(set, value) {
  const functions = [...set];
  set.clear();
  functions.forEach((f) => f(value));
}

// value instanceof Class, or false when asking throws: whatever JS code threw (a getter under an
// intrinsic can throw anything into wasm) reaches failure(), and a revoked Proxy throws at instanceof.
export function isInstance(value, Class) {
  try {
    return value instanceof Class;
  } catch {
    return false;
  }
}

// An error a result<T> export returned, on its way out of the call: failure() unwraps it.
export class ErrorValue {
  constructor(value) {
    this.value = value;
  }
}

// Errors that are faults of C++ code (a trap, a stack overflow, the fatal intrinsic's: abort(), out of
// memory, a misused jsinterop object), whose stack says where they happened.
const faults = new WeakSet();

export function markFault(error) {
  faults.add(error);
  return error;
}

export function isFault(error) {
  return faults.has(error);
}

// The C++ functions on an error's stack, innermost first: the wasm frames, as the engine names them
// (V8: "at NAME (wasm://...)"; SpiderMonkey: "NAME@wasm://..."), without the module's name.
export function cxxFrames(error, prefix = '') {
  const frames = [];
  for (const line of stackOf(error).split('\n')) {
    const match = /^\s*at (.*?) \(wasm:\/\/.*\)$/.exec(line) ?? /^(.*?)@wasm:\/\//.exec(line);
    if (match === null) continue;
    const name = match[1];
    frames.push(prefix !== '' && name.startsWith(`${prefix}.`) ? name.slice(prefix.length + 1) : name);
  }
  return frames;
}

// A trap (WebAssembly.RuntimeError) or an engine stack overflow (RangeError) says only what the
// engine saw ("unreachable", "memory access out of bounds"): its message is rewritten, in place (the
// stack and class stay), to say which fault it was and in which C++ function. The fatal intrinsic's
// errors (abort(), out of memory, a misused jsinterop object) already say what happened.
function describeFault(error, rt) {
  const kind = faultKind(error, rt);
  if (kind === null) return;
  markFault(error);
  const [innermost] = cxxFrames(error, rt.framePrefix);
  const original = error.message;
  const message = `jsinterop: ${rt.name}: ${kind.what}${innermost === undefined ? '' : ` in ${innermost}`}: ${kind.why}`;
  try {
    error.message = message;
    const stack = String(error.stack);
    const header = `${error.name}: ${original}`;
    if (stack.startsWith(header)) error.stack = `${error.name}: ${message}${stack.slice(header.length)}`;
  } catch {
    // a frozen error keeps its message
  }
}

// { what, why } of a trap or an engine stack overflow; null for any other error.
function faultKind(error, rt) {
  if (isInstance(error, RangeError) && /call stack/i.test(error.message)) {
    return { what: 'a stack overflow', why: "the JS engine's call stack is full (deep recursion)" };
  }
  if (!isInstance(error, WebAssembly.RuntimeError)) return null;
  if (/unreachable/i.test(error.message)) {
    return { what: 'a trap', why: 'unreachable executed (__builtin_trap(), or undefined behaviour)' };
  }
  if (/out of bounds/i.test(error.message) && /memory/i.test(error.message)) {
    const stack = cxxStack(rt);
    if (stack !== null && (stack.pointer < stack.low || stack.pointer > stack.high)) {
      return { what: 'a stack overflow', why: `the C++ stack (${stack.high - stack.low} bytes) is full` };
    }
    return { what: 'a trap', why: 'memory access out of bounds (an invalid pointer)' };
  }
  return { what: 'a trap', why: error.message };
}

// The C++ stack pointer and bounds, which jsinterop-clang++ exports (the stack comes first in memory,
// so an overflow wraps the pointer below 0); null when the module does not export them.
function cxxStack(rt) {
  const { __stack_pointer: pointer, __stack_low: low, __stack_high: high } = rt.heap.exports ?? {};
  if (![pointer, low, high].every((global) => global instanceof WebAssembly.Global)) return null;
  return { pointer: pointer.value >>> 0, low: low.value >>> 0, high: high.value >>> 0 };
}

// The module name of a name section (subsection 0), which V8 puts before each wasm function's name
// in a stack; '' when there is none.
export function nameSectionModuleName(module) {
  const [section] = WebAssembly.Module.customSections(module, 'name');
  if (section === undefined) return '';
  const bytes = new Uint8Array(section);
  let at = 0;
  const leb = () => {
    let value = 0;
    for (let shift = 0; at < bytes.length && shift < 35; shift += 7) {
      const byte = bytes[at++];
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value >>> 0;
    }
    return -1;
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    if (size < 0 || at + size > bytes.length) return '';
    if (id === 0) {
      const end = at + size;
      const length = leb();
      if (length < 0 || at + length > end) return '';
      return new TextDecoder().decode(bytes.subarray(at, at + length));
    }
    at += size;
  }
  return '';
}
