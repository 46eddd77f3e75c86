// What the bindings of one instance share: its name for messages, its memory, the registered JS
// modules, and whether it can still be called.
import { Heap } from './heap.js';
import { ValueTable } from './values.js';
import { WasiExit } from './wasi.js';

export class Runtime {
  #deathReason = null;
  #watchers = new Set(); // called once when the instance ends: ({ error } or { code })
  #idleWaiters = new Set(); // called at the next tasks_idle()

  // baseUrl: what relative module URLs (import_module) resolve against, or undefined.
  constructor(name, modules, baseUrl = undefined) {
    this.name = name;
    this.modules = modules; // module name -> namespace object
    this.baseUrl = baseUrl;
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
      this.exited(error.code);
      return new Error(`jsinterop: ${this.name} exited with code ${error.code} during ${during}`);
    }
    if (this.#deathReason === null) {
      this.#deathReason = `it failed: ${messageOf(error)}`;
      this.#ended({ error });
    }
    return error;
  }

  // The instance ended by proc_exit (in main, or in a task): a normal end, but an end.
  exited(code) {
    if (this.#deathReason !== null) return;
    this.#deathReason = `it exited with code ${code}`;
    this.#ended({ code });
  }

  // wasm called from the event loop (a promise continuation, a C++ callback, a finalizer) unwound
  // with `error`. The instance is dead; run() learns why if it waits, otherwise `error` is thrown
  // (an exit(), a normal end, is not).
  asyncFailure(error, during) {
    const watched = this.#watchers.size > 0;
    const thrown = this.failure(error, during);
    if (!watched && !(error instanceof WasiExit)) throw thrown;
  }

  // Calls `watcher({ error } or { code })` when the instance ends; returns a function that stops it.
  whenEnded(watcher) {
    this.#watchers.add(watcher);
    return () => this.#watchers.delete(watcher);
  }

  // Calls `waiter()` at the next tasks_idle(); returns a function that stops it.
  whenIdle(waiter) {
    this.#idleWaiters.add(waiter);
    return () => this.#idleWaiters.delete(waiter);
  }

  // The intrinsic tasks_idle(): no spawned task is pending any more.
  tasksIdle() {
    const waiters = [...this.#idleWaiters];
    this.#idleWaiters.clear();
    waiters.forEach((waiter) => waiter());
  }

  #ended(outcome) {
    const watchers = [...this.#watchers];
    this.#watchers.clear();
    watchers.forEach((watcher) => watcher(outcome));
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
