// printf and console.log lines come out in program order (stdout is line-buffered), through
// jsinterop-run, whose exit code is the program's.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

import { compileProgram, runnerScript } from '../lib/toolchain.js';

test('printf and console.log interleave in program order', () => {
  const wasm = compileProgram(
    String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdio>
[[jsinterop::import("globalThis.console.log")]] void console_log(std::string_view text);
int main() {
  for (int i = 0; i < 3; ++i) {
    std::printf("printf %d\n", i);
    console_log("console.log " + std::to_string(i));
  }
  std::printf("no newline at exit");
  return 7;
}`,
    'output-order',
  );
  const run = spawnSync(process.execPath, [runnerScript, wasm], { encoding: 'utf8' });
  assert.equal(run.status, 7);
  assert.equal(
    run.stdout,
    'printf 0\nconsole.log 0\nprintf 1\nconsole.log 1\nprintf 2\nconsole.log 2\nno newline at exit',
  );
});
