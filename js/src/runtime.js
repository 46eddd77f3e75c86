// What the bindings of one instance share: its name for messages, its memory, the registered JS
// modules, and whether it can still be called.
import { Heap } from './heap.js';
import { ValueTable } from './values.js';
import { WasiExit } from './wasi.js';

export class Runtime {
  #deathReason = null;

  constructor(name, modules) {
    this.name = name;
    this.modules = modules; // module name -> namespace object
    this.heap = new Heap();
    this.values = new ValueTable();
  }

  get isDead() {
    return this.#deathReason !== null;
  }

  assertAlive() {
    if (this.isDead) throw new Error(`jsinterop: ${this.name} can no longer be called: ${this.#deathReason}`);
  }

  // wasm unwound with `error` (a fatal error, a trap, proc_exit) while running `during`. Its state is
  // unknown now, so nothing may call into it again. Returns what to throw: the error itself, or for
  // proc_exit an Error saying so.
  failure(error, during) {
    if (error instanceof ErrorValue) return error.value; // result<T>: not a failure of the instance
    if (error instanceof WasiExit) {
      this.#deathReason ??= `it exited with code ${error.code}`;
      return new Error(`jsinterop: ${this.name} exited with code ${error.code} during ${during}`);
    }
    this.#deathReason ??= `it failed: ${messageOf(error)}`;
    return error;
  }

  // The instance ended by proc_exit in main: a normal end, but an end.
  exited(code) {
    this.#deathReason ??= `it exited with code ${code}`;
  }
}

// An error a result<T> export returned, on its way out of the call: failure() unwraps it.
export class ErrorValue {
  constructor(value) {
    this.value = value;
  }
}

export function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
