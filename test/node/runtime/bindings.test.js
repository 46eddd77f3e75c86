// Imports and exports of every wire type, their checks, and strings that grow the memory.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { bindingsProgram, calcModule } from '../lib/programs.js';
import { compileProgram } from '../lib/toolchain.js';

let module;
before(() => {
  module = new WebAssembly.Module(readFileSync(compileProgram(bindingsProgram, 'bindings')));
});

const start = (results, options = {}) => instantiate(module, { modules: { calc: calcModule(results) }, ...options });

describe('imports', () => {
  test('int32, float64 and bool parameters and results', async () => {
    const { exports } = await start();
    assert.equal(exports.imports.add(2, 40), 42);
    assert.equal(exports.imports.add(-2147483648, 0), -2147483648);
    assert.equal(exports.imports.scale(4), 10); // Scaler.scale runs with this = Scaler
    assert.equal(exports.imports.not(true), false);
    assert.equal(exports.imports.not(false), true);
    assert.equal(exports.imports.sum5(1, 2, 3, 4, 5), 15);
  });

  test('parameters arrive as JS types, a string result comes back', async () => {
    const { exports } = await start();
    assert.equal(exports.imports.describe('héllo 🌍', 7, true, 0.5), 'héllo 🌍|number:7|boolean:true|number:0.5');
    assert.equal(exports.imports.describe('', 0, false, -1), '|number:0|boolean:false|number:-1');
  });

  test('results of the right type pass', async () => {
    const { exports } = await start({ int: -5, double: 2.25, bool: true, string: 'ünïcode' });
    assert.equal(exports.imports.intResult(), -5);
    assert.equal(exports.imports.doubleResult(), 2.25);
    assert.equal(exports.imports.boolResult(), true);
    assert.equal(exports.imports.stringResult(), 'ünïcode');
  });

  const wrongResults = [
    ['intResult', { int: 'seven' }, /returned string, but its C\+\+ result needs an int32 number/],
    ['intResult', { int: 1.5 }, /returned number 1\.5, but .* needs an int32 number/],
    ['intResult', { int: 2 ** 31 }, /returned number 2147483648/],
    ['intResult', { int: undefined }, /returned undefined/],
    ['doubleResult', { double: 1n }, /returned bigint 1n, but .* needs a number/],
    ['boolResult', { bool: 1 }, /returned number 1, but .* needs a boolean/],
    ['stringResult', { string: null }, /returned null, but .* needs a string/],
  ];
  for (const [name, results, message] of wrongResults) {
    test(`a wrong ${name} is a fatal error that names the import: ${message.source}`, async () => {
      const { exports } = await start(results);
      assert.throws(() => exports.imports[name](), (error) => {
        assert.match(error.message, new RegExp(`import '${name}' of module 'calc' \\(C\\+\\+ js_\\w+\\)`));
        assert.match(error.message, message);
        return true;
      });
      assert.throws(() => exports.types.touched(), /can no longer be called: it failed/);
    });
  }

  test('a JS throw is a fatal error that names the import, with the original as cause', async () => {
    const { exports } = await start();
    assert.throws(() => exports.imports.fail(), (error) => {
      assert.equal(error.message, "jsinterop: import 'fail' of module 'calc' (C++ js_fail) threw: calc.fail failed");
      assert.ok(error.cause instanceof RangeError);
      return true;
    });
  });

  test('a path that does not resolve fails at the first call, naming module and path', async () => {
    const { exports } = await start();
    assert.equal(exports.imports.add(1, 1), 2); // the other imports were fine all along
    assert.throws(
      () => exports.imports.missing(),
      /import 'nowhere.fn' of module 'calc' \(C\+\+ js_missing\) cannot be called: module 'calc'.nowhere is undefined/,
    );
  });

  test('a path that ends at a non-function fails', async () => {
    globalThis.jsinteropTest = { twice: 'not a function' };
    try {
      const { exports } = await start();
      assert.throws(() => exports.imports.global(1), /globalThis\.jsinteropTest\.twice is string, not a function/);
    } finally {
      delete globalThis.jsinteropTest;
    }
  });

  test('an unregistered module fails at the first call', async () => {
    const { exports } = await start();
    assert.throws(
      () => exports.imports.unregistered(),
      /import 'fn' of module 'Unregistered' \(C\+\+ js_unregistered\) cannot be called: module 'Unregistered' is not registered/,
    );
  });

  test('setModuleImports after instantiate is seen by the first call', async () => {
    const app = await start();
    app.setModuleImports('Unregistered', { fn: () => 99 });
    assert.equal(app.exports.imports.unregistered(), 99);
  });

  test('an import may call exports; when that fails, the innermost error is the one reported', async () => {
    const app = await start();
    app.setModuleImports('Unregistered', { fn: () => app.exports.types.echoInt(41) + 1 });
    assert.equal(app.exports.imports.unregistered(), 42);

    const failing = await start();
    failing.setModuleImports('Unregistered', { fn: () => failing.exports.imports.fail() });
    assert.throws(() => failing.exports.imports.unregistered(), {
      message: "jsinterop: import 'fail' of module 'calc' (C++ js_fail) threw: calc.fail failed",
    });
  });

  test('a path without module is looked up on globalThis at the first call', async () => {
    const app = await start();
    globalThis.jsinteropTest = {
      factor: 3,
      twice(x) {
        return x * this.factor;
      },
    };
    try {
      assert.equal(app.exports.imports.global(5), 15);
      globalThis.jsinteropTest.factor = 4; // the holder is this, as in a JS call
      assert.equal(app.exports.imports.global(5), 20);
    } finally {
      delete globalThis.jsinteropTest;
    }
  });
});

describe('exports', () => {
  test('every wire type, both ways', async () => {
    const { exports } = await start();
    assert.equal(exports.types.echoBool(true), true);
    assert.equal(exports.types.echoBool(false), false);
    assert.equal(exports.types.echoInt(2147483647), 2147483647);
    assert.equal(exports.types.echoInt(-2147483648), -2147483648);
    assert.equal(exports.types.echoDouble(Math.PI), Math.PI);
    assert.equal(exports.types.echoDouble(-Infinity), -Infinity);
    assert.ok(Number.isNaN(exports.types.echoDouble(NaN)));
    assert.equal(exports.types.echoString('héllo 🌍 \u0000 end'), 'héllo 🌍 \u0000 end');
    assert.equal(exports.types.echoString(''), '');
    assert.equal(exports.types.touch(), undefined);
    assert.equal(exports.types.touched(), 1);
    assert.equal(exports.types.concat('ab', 'çd'), 'abçd');
    assert.equal(exports.types.byteLength('é🌍'), 6);
    assert.equal(exports.types.mix(true, 3, 0.5, 'x'), 'yes/3/0.500000/x');
    assert.equal(exports.sum6(1, 2, 3, 4, 5, 6), 21);
  });

  test('a lone surrogate crosses as U+FFFD', async () => {
    const { exports } = await start();
    assert.equal(exports.types.echoString('a\ud800b'), 'a\ufffdb');
    assert.equal(exports.types.byteLength('\ud800'), 3);
  });

  test('the tree follows the descriptor paths', async () => {
    const { exports } = await start();
    assert.deepEqual(Object.keys(exports).sort(), ['imports', 'sum6', 'types']);
    assert.equal(exports.types.echoInt.name, 'types.echoInt');
    assert.ok(Object.isFrozen(exports.types));
  });

  const wrongArguments = [
    [(e) => e.types.echoInt('1'), "types.echoInt: parameter 'value' expects an int32 number, got string"],
    [(e) => e.types.echoInt(1.5), "types.echoInt: parameter 'value' expects an int32 number, got number 1.5"],
    [(e) => e.types.echoInt(2 ** 31), "types.echoInt: parameter 'value' expects an int32 number, got number 2147483648"],
    [(e) => e.types.echoBool(1), "types.echoBool: parameter 'value' expects a boolean, got number 1"],
    [(e) => e.types.echoDouble('1'), "types.echoDouble: parameter 'value' expects a number, got string"],
    [(e) => e.types.echoString(null), "types.echoString: parameter 'value' expects a string, got null"],
    [(e) => e.types.mix(true, 1, 1, 5), "types.mix: parameter 'text' expects a string, got number 5"],
    [(e) => e.types.concat('a'), 'types.concat: expects 2 arguments, got 1'],
    [(e) => e.types.echoInt(1, 2), 'types.echoInt: expects 1 argument, got 2'],
    [(e) => e.types.touch(1), 'types.touch: expects 0 arguments, got 1'],
  ];
  for (const [call, message] of wrongArguments) {
    test(`TypeError: ${message}`, async () => {
      const { exports } = await start();
      assert.throws(() => call(exports), { name: 'TypeError', message });
      assert.equal(exports.types.echoInt(3), 3); // not fatal
    });
  }
});

describe('strings that grow the memory', () => {
  const size = 5 * 1024 * 1024;

  test('an import returns a 5 MB string', async () => {
    const { exports, memory } = await start();
    const before = memory.buffer.byteLength;
    assert.equal(exports.imports.repeat('ab€', size / 5), size);
    assert.ok(memory.buffer.byteLength > before);
  });

  test('an export takes and returns a 5 MB string', async () => {
    const { exports, memory } = await start();
    const before = memory.buffer.byteLength;
    const text = 'é'.repeat(size / 2) + 'end';
    assert.equal(exports.types.byteLength(text), size + 3);
    assert.ok(memory.buffer.byteLength > before);
    assert.equal(exports.types.echoString(text), text);
    assert.equal(exports.types.makeString(size).length, size);
  });
});
