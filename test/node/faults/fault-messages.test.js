// What a fault of the C++ code prints (docs/design.md, "What ends a program, and what it prints"):
// which fault it was (a trap, abort(), out of memory, a stack overflow, an out-of-bounds access) and
// where (the C++ function, by the name section that modules keep: error.stack names the functions),
// and jsinterop-run prints it with the C++ functions of the stack. Issue 16, item 12.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load, runner } from '../async/helpers.js';

const source = String.raw`
#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

volatile int zero = 0;
std::vector<char *> kept;

__attribute__((noinline)) void fault_trap() { __builtin_trap(); }
__attribute__((noinline)) void fault_abort() { std::abort(); }
__attribute__((noinline)) void fault_assert(int value) { assert(value == 42); }
__attribute__((noinline)) void fault_out_of_memory() {
  for (;;) kept.push_back(new char[64 << 20]);
}
__attribute__((noinline)) void fault_out_of_bounds() { *reinterpret_cast<volatile int *>(0xfffffff0u) = 1; }
__attribute__((noinline)) int fault_divide() { return 7 / zero; }
// A frame of 512 bytes in the C++ stack (linear memory) per call.
__attribute__((noinline)) int recurse_on_cxx_stack(int n) {
  volatile char frame[512];
  frame[0] = static_cast<char>(n);
  return n == 0 ? frame[0] : recurse_on_cxx_stack(n - 1) + frame[0];
}
// No frame in linear memory (the call through a volatile pointer keeps it recursive): the engine's
// own call stack overflows first.
int recurse_on_engine_stack(int n);
int (*volatile next)(int) = recurse_on_engine_stack;
int recurse_on_engine_stack(int n) { return n == 0 ? 0 : next(n - 1) * 3 + 1; }

int main(int argc, char **argv) {
  std::string fault = argc > 1 ? argv[1] : "";
  std::printf("before the fault\n");
  std::fflush(stdout);
  if (fault == "trap") fault_trap();
  if (fault == "abort") fault_abort();
  if (fault == "assert") fault_assert(argc);
  if (fault == "out-of-memory") fault_out_of_memory();
  if (fault == "out-of-bounds") fault_out_of_bounds();
  if (fault == "divide") return fault_divide();
  if (fault == "cxx-stack") return recurse_on_cxx_stack(1 << 20);
  if (fault == "engine-stack") return next(1 << 30);
  std::printf("after the fault\n");
  return 0;
}
`;

let wasm;

before(async () => {
  wasm = await build(source, 'faults-fault-messages');
});

// run()'s rejection for a fault, with the program's output.
async function fault(name) {
  const { app, out, err } = await load(wasm, {}, { args: [name] });
  const error = await app.run().then(
    (code) => assert.fail(`run() resolved with ${code}`),
    (rejection) => rejection,
  );
  assert.equal(out(), 'before the fault\n');
  return { error, stderr: err() };
}

const trapMessage = (where, why) => new RegExp(`^jsinterop: app\\.wasm: a trap in ${where}: ${why}$`);

test('__builtin_trap(): a trap, unreachable executed, in the C++ function', async () => {
  const { error } = await fault('trap');
  assert.ok(error instanceof WebAssembly.RuntimeError);
  assert.match(error.message, trapMessage('fault_trap\\(\\)', 'unreachable executed \\(__builtin_trap\\(\\), or undefined behaviour\\)'));
  assert.match(error.stack, /^RuntimeError: jsinterop: app\.wasm: a trap in fault_trap\(\)/, 'the stack starts with the message');
  assert.match(error.stack, /fault_trap\(\)[^\n]*\n[^\n]*\bmain\b/, 'the stack names the C++ functions');
});

test('abort(): says abort() was called; the stack names the caller', async () => {
  const { error } = await fault('abort');
  assert.equal(error.message, 'jsinterop: abort() was called');
  assert.match(error.stack, /fault_abort\(\)/);
});

test('a failed assert(): its message on stderr, then abort()', async () => {
  const { error, stderr } = await fault('assert');
  assert.equal(error.message, 'jsinterop: abort() was called');
  assert.match(stderr, /Assertion failed: value == 42/);
  assert.match(error.stack, /fault_assert\(int\)/);
});

test('operator new without memory: out of memory, with the size asked for', async () => {
  const { error } = await fault('out-of-memory');
  assert.equal(error.message, `jsinterop: out of memory (allocating ${64 << 20} bytes)`);
  assert.match(error.stack, /fault_out_of_memory\(\)/);
});

test('a bad pointer: a trap, memory access out of bounds, not a stack overflow', async () => {
  const { error } = await fault('out-of-bounds');
  assert.ok(error instanceof WebAssembly.RuntimeError);
  assert.match(error.message, trapMessage('fault_out_of_bounds\\(\\)', 'memory access out of bounds \\(an invalid pointer\\)'));
});

test('another trap keeps the engine\'s words: divide by zero', async () => {
  const { error } = await fault('divide');
  assert.match(error.message, /^jsinterop: app\.wasm: a trap in fault_divide\(\): .*divide by zero/);
});

test('recursion that fills the C++ stack: a stack overflow, not an out-of-bounds access', async () => {
  const { error } = await fault('cxx-stack');
  assert.ok(error instanceof WebAssembly.RuntimeError);
  assert.match(error.message, /^jsinterop: app\.wasm: a stack overflow in recurse_on_cxx_stack\(int\): the C\+\+ stack \(\d+ bytes\) is full$/);
});

test('recursion that fills the engine\'s call stack: a stack overflow too', async () => {
  const { error } = await fault('engine-stack');
  assert.match(error.message, /^jsinterop: app\.wasm: a stack overflow in recurse_on_engine_stack\(int\): the JS engine's call stack is full/);
});

test('jsinterop-run: the message, the C++ functions of the stack, exit code 1', () => {
  const trap = runner(wasm.path, {}, ['trap']);
  assert.equal(trap.status, 1);
  assert.equal(trap.stdout, 'before the fault\n');
  assert.match(
    trap.stderr,
    /^jsinterop: faults-fault-messages\.wasm: a trap in fault_trap\(\): unreachable executed \(__builtin_trap\(\), or undefined behaviour\)\n  C\+\+ stack:\n    at fault_trap\(\)\n    at main\n/,
  );
  const abort = runner(wasm.path, {}, ['abort']);
  assert.equal(abort.status, 1);
  assert.match(abort.stderr, /^jsinterop: abort\(\) was called\n  C\+\+ stack:\n    at abort\n    at fault_abort\(\)\n    at main\n/);
  const overflow = runner(wasm.path, {}, ['cxx-stack']);
  assert.equal(overflow.status, 1);
  assert.match(overflow.stderr, /a stack overflow in recurse_on_cxx_stack\(int\)[^\n]*\n  C\+\+ stack:\n    at recurse_on_cxx_stack\(int\) \(\d+ calls\)\n/);
});

test('the runtime library called with a callable id it does not have: says so, not "unreachable"', async () => {
  const { app } = await load(wasm);
  assert.throws(() => app.instance.exports.jsinterop_invoke_callable(7, 0), {
    message: 'jsinterop: jsinterop_invoke_callable: no C++ callable has id 7',
  });
});
