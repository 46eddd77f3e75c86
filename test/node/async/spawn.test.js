// Conformance: jsinterop::spawn(task) from main (API.md §3, docs/design.md "Promises and tasks"):
// run() and jsinterop-run wait for spawned tasks (their output after a 50 ms timer appears), the exit
// code is main's, and an error nothing handles in a spawned task is reported on stderr and makes the
// exit code non-zero.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { before, test } from 'node:test';

import { build, load, runner, tempPath } from './helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdio>
#include <cstdlib>
#include <string>
using jsinterop::task;

[[jsinterop::import("sleep", "S")]] task<void> js_sleep(int ms);
[[jsinterop::import("rejectSoon", "S")]] task<int> js_reject_soon(std::string message);
[[jsinterop::import("never", "S")]] task<void> js_never();

static task<void> later(std::string text, int ms) {
  co_await js_sleep(ms);
  std::printf("%s\n", text.c_str());
}
static task<void> fails() {
  int value = co_await js_reject_soon("spawned failure");
  std::printf("never printed %d\n", value);
}
static task<int> exits() {
  co_await js_sleep(20);
  std::printf("exiting\n");
  std::fflush(stdout);
  std::exit(5);
  co_return 0;
}
static task<void> hangs() { co_await js_never(); }

int main(int argc, char **argv) {
  std::string mode = argc > 1 ? argv[1] : "ok";
  std::printf("main starts\n");
  if (mode == "ok") jsinterop::spawn(later("after the timer", 50));
  if (mode == "code") { jsinterop::spawn(later("after the timer", 50)); std::printf("main returns 3\n"); return 3; }
  if (mode == "order") { jsinterop::spawn(later("second", 60)); jsinterop::spawn(later("first", 10)); }
  if (mode == "fail") jsinterop::spawn(fails());
  if (mode == "fail-code") { jsinterop::spawn(fails()); return 4; }
  if (mode == "fail-and-ok") { jsinterop::spawn(fails()); jsinterop::spawn(later("still runs", 50)); }
  if (mode == "exit") jsinterop::spawn(exits());
  if (mode == "hang") jsinterop::spawn(hangs());
  std::printf("main returns\n");
  return 0;
}
`;

const shimSource = `
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const rejectSoon = (message) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), 5));
export const never = () => new Promise(() => {});
`;

let wasm;
let shimPath;
let S;

before(async () => {
  wasm = await build(source, 'async-spawn');
  shimPath = tempPath('async-spawn-shim.mjs');
  writeFileSync(shimPath, shimSource);
  S = await import(shimPath);
});

async function run(mode) {
  const { app, out, err } = await load(wasm, { S }, { args: [mode] });
  const code = await app.run();
  return { code, stdout: out(), stderr: err() };
}

test('spawn: run() waits for a spawned task (its output after a 50 ms timer appears)', async () => {
  const { code, stdout } = await run('ok');
  assert.equal(code, 0);
  assert.equal(stdout, 'main starts\nmain returns\nafter the timer\n');
});

test('spawn: run() resolves with main\'s exit code once spawned tasks finish', async () => {
  const { code, stdout } = await run('code');
  assert.equal(code, 3);
  assert.equal(stdout, 'main starts\nmain returns 3\nafter the timer\n');
});

test('spawn: several spawned tasks run concurrently; run() waits for all', async () => {
  const { code, stdout } = await run('order');
  assert.equal(code, 0);
  assert.equal(stdout, 'main starts\nmain returns\nfirst\nsecond\n');
});

test('spawn: an unhandled error in a spawned task is reported on stderr; run() resolves with 1', async () => {
  const { code, stdout, stderr } = await run('fail');
  assert.equal(code, 1);
  assert.equal(stdout, 'main starts\nmain returns\n', 'the code after the failed co_await never runs');
  assert.match(stderr, /spawned failure/);
});

test('spawn: a failed spawned task does not hide a non-zero code from main', async () => {
  const { code, stderr } = await run('fail-code');
  assert.equal(code, 4);
  assert.match(stderr, /spawned failure/);
});

test('spawn: a failed task does not stop the other spawned tasks', async () => {
  const { code, stdout, stderr } = await run('fail-and-ok');
  assert.equal(code, 1);
  assert.equal(stdout, 'main starts\nmain returns\nstill runs\n');
  assert.match(stderr, /spawned failure/);
});

test('spawn: exit() in a spawned task ends run() with its code', async () => {
  const { code, stdout } = await run('exit');
  assert.equal(code, 5);
  assert.equal(stdout, 'main starts\nmain returns\nexiting\n');
});

test('jsinterop-run: waits for spawned tasks and exits with main\'s code', () => {
  let r = runner(wasm.path, { S: shimPath }, ['ok']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'main starts\nmain returns\nafter the timer\n');
  r = runner(wasm.path, { S: shimPath }, ['code']);
  assert.equal(r.status, 3, r.stderr);
  assert.equal(r.stdout, 'main starts\nmain returns 3\nafter the timer\n');
});

test('jsinterop-run: an unhandled error in a spawned task goes to stderr, exit code non-zero', () => {
  const r = runner(wasm.path, { S: shimPath }, ['fail']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /spawned failure/);
  assert.equal(r.stdout, 'main starts\nmain returns\n');
});

test('jsinterop-run: a spawned task that never finishes is reported, exit code 1', () => {
  const r = runner(wasm.path, { S: shimPath }, ['hang']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /main returned but 1 task(\(s\))? never finished/);
});
