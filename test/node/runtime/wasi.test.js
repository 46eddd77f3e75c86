// The WASI preview1 subset: each function against a bare memory, then through wasi-libc in a program.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { Wasi, WasiExit, lineSink } from '../../../js/src/wasi.js';
import { PRELUDE, exportFunction } from '../lib/abi-source.js';
import { compileProgram } from '../lib/toolchain.js';

const ERRNO_BADF = 8;
const ERRNO_INVAL = 28;
const ERRNO_SPIPE = 70;

// A Wasi on a fresh one-page memory; `output` collects what the sinks receive.
function setup(options = {}) {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const output = { stdout: [], stderr: [] };
  const wasi = new Wasi({
    stdout: (text) => output.stdout.push(text),
    stderr: (text) => output.stderr.push(text),
    ...options,
  });
  wasi.attach(memory);
  return { wasi: wasi.functions, flush: () => wasi.flush(), view: new DataView(memory.buffer), bytes: new Uint8Array(memory.buffer), output };
}

function readCStrings({ view, bytes }, count, pointersAddress) {
  return Array.from({ length: count }, (_, index) => {
    const start = view.getUint32(pointersAddress + index * 4, true);
    return new TextDecoder().decode(bytes.subarray(start, bytes.indexOf(0, start)));
  });
}

// Writes `chunks` (arrays of bytes) at 1024.. and an iovec array for them at 0.
function iovecs({ view, bytes }, chunks) {
  let next = 1024;
  chunks.forEach((chunk, index) => {
    bytes.set(chunk, next);
    view.setUint32(index * 8, next, true);
    view.setUint32(index * 8 + 4, chunk.length, true);
    next += chunk.length;
  });
}

describe('WASI functions', () => {
  test('args and environ, NUL-terminated UTF-8', () => {
    const context = setup({ args: ['app.wasm', 'ünï', ''], env: { A: '1', GRÜSS: 'dich' } });
    const { wasi, view } = context;
    assert.equal(wasi.args_sizes_get(0, 4), 0);
    assert.equal(view.getUint32(0, true), 3);
    assert.equal(view.getUint32(4, true), 9 + 6 + 1);
    assert.equal(wasi.args_get(100, 200), 0);
    assert.deepEqual(readCStrings(context, 3, 100), ['app.wasm', 'ünï', '']);
    assert.equal(wasi.environ_sizes_get(0, 4), 0);
    assert.equal(view.getUint32(0, true), 2);
    assert.equal(wasi.environ_get(100, 200), 0);
    assert.deepEqual(readCStrings(context, 2, 100), ['A=1', 'GRÜSS=dich']);
  });

  test('clocks in nanoseconds', () => {
    const { wasi, view } = setup();
    assert.equal(wasi.clock_time_get(0, 0n, 8), 0);
    const realtime = Number(view.getBigUint64(8, true) / 1_000_000n);
    assert.ok(Math.abs(realtime - Date.now()) < 1000);
    wasi.clock_time_get(1, 0n, 8);
    const first = view.getBigUint64(8, true);
    wasi.clock_time_get(1, 0n, 8);
    assert.ok(view.getBigUint64(8, true) >= first);
    assert.equal(wasi.clock_res_get(1, 16), 0);
    assert.ok(view.getBigUint64(16, true) > 0n);
    assert.equal(wasi.clock_time_get(9, 0n, 8), ERRNO_INVAL);
  });

  test('random_get fills more than one getRandomValues chunk', () => {
    const { wasi, bytes } = setup();
    assert.equal(wasi.random_get(0, 65536 + 1000), 0);
    const tail = bytes.subarray(65536 - 1000, 65536);
    assert.ok(tail.some((byte) => byte !== 0));
  });

  test('fd_write: a UTF-8 sequence split across writes comes out whole; one sink call per write', () => {
    const context = setup();
    const { wasi, view, output } = context;
    iovecs(context, [[0x61, 0xe2], [0x82]]);
    assert.equal(wasi.fd_write(1, 0, 2, 512), 0);
    assert.equal(view.getUint32(512, true), 3);
    iovecs(context, [[0xac, 0x0a]]);
    wasi.fd_write(1, 0, 1, 512);
    iovecs(context, [[0x65, 0x72, 0x72]]);
    wasi.fd_write(2, 0, 1, 512);
    assert.deepEqual(output, { stdout: ['a', '€\n'], stderr: ['err'] });
    assert.equal(wasi.fd_write(3, 0, 1, 512), ERRNO_BADF);
  });

  test('flush ends an incomplete sequence', () => {
    const context = setup();
    iovecs(context, [[0xe2]]);
    context.wasi.fd_write(1, 0, 1, 512);
    context.flush();
    assert.deepEqual(context.output.stdout, ['\ufffd']);
  });

  test('stdin is empty; stdio cannot seek; there are no preopens', () => {
    const { wasi, view } = setup();
    view.setUint32(512, 99, true);
    assert.equal(wasi.fd_read(0, 0, 1, 512), 0);
    assert.equal(view.getUint32(512, true), 0);
    assert.equal(wasi.fd_read(1, 0, 1, 512), ERRNO_BADF);
    assert.equal(wasi.fd_seek(1, 0n, 0, 512), ERRNO_SPIPE);
    assert.equal(wasi.fd_seek(7, 0n, 0, 512), ERRNO_BADF);
    assert.equal(wasi.fd_prestat_get(3, 512), ERRNO_BADF);
    assert.equal(wasi.fd_prestat_dir_name(3, 512, 10), ERRNO_BADF);
    assert.equal(wasi.fd_close(2), 0);
    assert.equal(wasi.sched_yield(), 0);
  });

  test('fd_fdstat_get: stdio are character devices', () => {
    const { wasi, view } = setup();
    assert.equal(wasi.fd_fdstat_get(1, 64), 0);
    assert.equal(view.getUint8(64), 2);
    assert.equal(wasi.fd_fdstat_get(4, 64), ERRNO_BADF);
  });

  test('proc_exit unwinds with its code', () => {
    const { wasi } = setup();
    assert.throws(() => wasi.proc_exit(3), (thrown) => thrown instanceof WasiExit && thrown.code === 3);
  });
});

test('lineSink passes complete lines, keeps a partial one until flushed', () => {
  const lines = [];
  const sink = lineSink((line) => lines.push(line));
  sink('a\nb');
  sink('c\n\nd');
  assert.deepEqual(lines, ['a', 'bc', '']);
  sink.flush();
  assert.deepEqual(lines, ['a', 'bc', '', 'd']);
});

describe('WASI through wasi-libc', () => {
  const source = `${PRELUDE}
#include <ctime>
#include <unistd.h>
double now_seconds() { return static_cast<double>(std::time(nullptr)); }
double monotonic_seconds() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}
int stdin_char() { return std::getchar(); }
bool entropy() {
  unsigned char buffer[256] = {};
  if (getentropy(buffer, sizeof buffer) != 0) return false;
  for (unsigned char byte : buffer) if (byte != 0) return true;
  return false;
}
bool stdout_is_tty() { return isatty(1); }
bool file_opens() { return std::fopen("/etc/passwd", "r") != nullptr; }
${exportFunction({ name: 'now_seconds', path: 'now', result: 'float64' })}
${exportFunction({ name: 'monotonic_seconds', path: 'monotonic', result: 'float64' })}
${exportFunction({ name: 'stdin_char', path: 'stdinChar', result: 'int32' })}
${exportFunction({ name: 'entropy', path: 'entropy', result: 'bool' })}
${exportFunction({ name: 'stdout_is_tty', path: 'stdoutIsTty', result: 'bool' })}
${exportFunction({ name: 'file_opens', path: 'fileOpens', result: 'bool' })}
`;
  let exports;
  before(async () => {
    ({ exports } = await instantiate(compileProgram(source, 'wasi')));
  });

  test('time(), CLOCK_MONOTONIC, getentropy', () => {
    assert.ok(Math.abs(exports.now() - Date.now() / 1000) < 2);
    const first = exports.monotonic();
    assert.ok(exports.monotonic() >= first);
    assert.equal(exports.entropy(), true);
  });

  test('stdin is at its end, stdout is a terminal, no file opens', () => {
    assert.equal(exports.stdinChar(), -1);
    assert.equal(exports.stdoutIsTty(), true);
    assert.equal(exports.fileOpens(), false);
  });
});
