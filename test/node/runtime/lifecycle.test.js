// instantiate()'s sources and options, run(), exit codes, and the end of an instance.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { instantiate } from '../../../js/src/index.js';
import { bindingsProgram, calcModule } from '../lib/programs.js';
import { compileProgram, tempPath } from '../lib/toolchain.js';

let wasmPath;
let module;
before(() => {
  wasmPath = compileProgram(bindingsProgram, 'lifecycle');
  module = new WebAssembly.Module(readFileSync(wasmPath));
});

// Runs main with `args`, collecting its output. Resolves with { code, stdout, stderr, app }.
async function runMain(args, { source = module, ...options } = {}) {
  const output = { stdout: '', stderr: '' };
  const app = await instantiate(source, {
    modules: { calc: calcModule() },
    args,
    stdout: (text) => (output.stdout += text),
    stderr: (text) => (output.stderr += text),
    ...options,
  });
  const code = await app.run();
  return { code, ...output, app };
}

describe('run()', () => {
  test('resolves with the value main returns', async () => {
    assert.equal((await runMain(['return', '7'])).code, 7);
    assert.equal((await runMain([])).code, 0);
  });

  test('resolves with the code of exit()', async () => {
    assert.equal((await runMain(['exit', '3'])).code, 3);
  });

  test('args and env reach main; argv[0] is the file name or programName', async () => {
    const env = { GREETING: 'grüß dich' };
    const fromModule = await runMain(['args', 'ünï', ''], { env });
    assert.equal(fromModule.code, 4);
    assert.equal(fromModule.stdout, 'argv[0]=app.wasm\nargv[1]=args\nargv[2]=ünï\nargv[3]=\nGREETING=grüß dich\n');
    const fromPath = await runMain(['args'], { source: wasmPath });
    assert.match(fromPath.stdout, /^argv\[0\]=lifecycle\.wasm\n.*GREETING=\(unset\)\n$/s);
    const named = await runMain(['args'], { programName: 'demo' });
    assert.match(named.stdout, /^argv\[0\]=demo\n/);
  });

  test('printf and console.log come out in program order; an unterminated last line too', async () => {
    const lines = [];
    const originalLog = console.log;
    console.log = (text) => lines.push(`log: ${text}\n`);
    try {
      await runMain(['print'], {
        stdout: (text) => lines.push(`stdout: ${text}`),
        stderr: (text) => lines.push(`stderr: ${text}`),
      });
    } finally {
      console.log = originalLog;
    }
    assert.deepEqual(lines, [
      'stdout: printf 1\n',
      'log: console.log 2\n',
      'stdout: printf 3\n',
      'log: console.log 4\n',
      'stderr: to stderr\n',
      'stdout: unterminated',
    ]);
  });

  test('an import that throws rejects run() with an error naming it; the instance is dead', async () => {
    const app = await instantiate(module, { modules: { calc: calcModule() }, args: ['fail'] });
    await assert.rejects(app.run(), (error) => {
      assert.match(error.message, /^jsinterop: import 'fail' of module 'calc' \(C\+\+ js_fail\) threw: calc.fail failed$/);
      assert.ok(error.cause instanceof RangeError);
      return true;
    });
    assert.throws(() => app.exports.types.echoInt(1), /^Error: jsinterop: app.wasm can no longer be called: it failed: /);
  });

  test('a wrong import result rejects run() naming the import', async () => {
    const app = await instantiate(module, { modules: { calc: calcModule({ int: '1' }) }, args: ['int-result'] });
    await assert.rejects(app.run(), /import 'intResult' of module 'calc' \(C\+\+ js_int_result\) returned string/);
  });

  test('a trap rejects run() and ends the instance', async () => {
    const app = await instantiate(module, { args: ['trap'] });
    await assert.rejects(app.run(), WebAssembly.RuntimeError);
    assert.throws(() => app.exports.types.touched(), /can no longer be called/);
  });

  test('after exit() the instance is dead', async () => {
    const { app } = await runMain(['exit', '0']);
    assert.throws(() => app.exports.types.touched(), /app\.wasm can no longer be called: it exited with code 0/);
  });

  test('run() runs main once', async () => {
    const { app } = await runMain([]);
    await assert.rejects(app.run(), /run\(\) was already called/);
  });
});

describe('exports and run()', () => {
  test('exports work before and after run(), with the same state', async () => {
    const app = await instantiate(module, { modules: { calc: calcModule() } });
    app.exports.types.touch();
    assert.equal(app.exports.types.touched(), 1);
    assert.equal(await app.run(), 0);
    app.exports.types.touch();
    assert.equal(app.exports.types.touched(), 2);
    assert.equal(app.exports.imports.add(1, 2), 3);
  });

  test('the app exposes instance, module and memory', async () => {
    const app = await instantiate(module);
    assert.ok(app.instance instanceof WebAssembly.Instance);
    assert.equal(app.module, module);
    assert.equal(app.memory, app.instance.exports.memory);
  });
});

describe('sources', () => {
  const argv0 = async (source) => (await runMain(['args'], { source })).stdout.split('\n')[0];

  test('a path, a file URL (string or URL), bytes or a Module', async () => {
    assert.equal(await argv0(wasmPath), 'argv[0]=lifecycle.wasm');
    assert.equal(await argv0(pathToFileURL(wasmPath)), 'argv[0]=lifecycle.wasm');
    assert.equal(await argv0(pathToFileURL(wasmPath).href), 'argv[0]=lifecycle.wasm');
    assert.equal(await argv0(readFileSync(wasmPath)), 'argv[0]=app.wasm');
    assert.equal(await argv0(new Uint8Array(readFileSync(wasmPath)).buffer), 'argv[0]=app.wasm');
    assert.equal(await argv0(module), 'argv[0]=app.wasm');
  });

  test('an http URL is fetched, with or without the wasm MIME type', async () => {
    const bytes = readFileSync(wasmPath);
    const server = createServer((request, response) => {
      const type = request.url.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
      response.writeHead(request.url.startsWith('/missing') ? 404 : 200, { 'content-type': type });
      response.end(bytes);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    try {
      assert.equal(await argv0(`${base}/dir/served.wasm`), 'argv[0]=served.wasm');
      assert.equal(await argv0(new URL(`${base}/download.bin`)), 'argv[0]=download.bin');
      await assert.rejects(instantiate(`${base}/missing.wasm`), /could not fetch .*missing\.wasm: 404/);
    } finally {
      server.close();
    }
  });

  test('something else is a TypeError', async () => {
    await assert.rejects(instantiate(42), TypeError);
  });

  test('a missing file rejects', async () => {
    await assert.rejects(instantiate(tempPath('missing.wasm')), { code: 'ENOENT' });
  });
});

describe('modules', () => {
  test('a module given as a path or URL string is imported', async () => {
    const shim = tempPath('calc-shim.mjs');
    writeFileSync(shim, 'export const add = (a, b) => a * 100 + b;\n');
    for (const specifier of [shim, pathToFileURL(shim).href]) {
      const { exports } = await instantiate(module, { modules: { calc: specifier } });
      assert.equal(exports.imports.add(1, 2), 102);
    }
  });

  test('a module that is not an object is a TypeError', async () => {
    await assert.rejects(instantiate(module, { modules: { calc: 5 } }), /module 'calc' must be an object/);
    const app = await instantiate(module);
    assert.throws(() => app.setModuleImports('calc', null), TypeError);
  });
});
