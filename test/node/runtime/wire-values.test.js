// Every value wire type both ways, through raw bindings (test/node/lib/abi-source.js): JS calls an
// export of type T -> T, whose C++ passes the value to an import of type T -> T and returns what it
// returns. So each value is lowered as an export parameter, lifted as an import parameter, lowered as
// an import result and lifted as an export result; the checks of design.md hold in both directions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { RAW_PRELUDE, rawExport, rawImport } from '../lib/abi-source.js';
import { parseWireType } from '../../../js/src/wire.js';
import { compileProgram } from '../lib/toolchain.js';

const MAX = Number.MAX_SAFE_INTEGER;
const weird = '\uD800x\uDFFF'; // lone surrogates

// A value that comes back as another.
class Pair {
  constructor(value, expected) {
    this.value = value;
    this.expected = expected;
  }
}
const pair = (value, expected) => new Pair(value, expected);
const unpair = (entry) => (entry instanceof Pair ? [entry.value, entry.expected] : [entry, entry]);

// type: [values that cross (and what comes back, when not the same)], [export arguments refused]
const cases = {
  bool: [[true, false], [1, 'true', null]],
  int8: [[-128, 127, 0], [128, -129, 1.5, '1']],
  uint8: [[0, 255], [-1, 256]],
  int16: [[-32768, 32767], [32768]],
  uint16: [[0, 65535], [-1, 65536]],
  int32: [[-(2 ** 31), 2 ** 31 - 1], [2 ** 31, 0.5]],
  uint32: [[0, 2 ** 31, 2 ** 32 - 1], [-1, 2 ** 32]],
  int64_number: [[MAX, -MAX, 0, pair(-0, 0)], [2 ** 53, 1.5, 1n]],
  uint64_number: [[MAX, 0], [-1, 2 ** 53, 1n]],
  int64_bigint: [[-(2n ** 63n), 2n ** 63n - 1n, 0n], [2n ** 63n, 1]],
  uint64_bigint: [[0n, 2n ** 63n, 2n ** 64n - 1n], [-1n, 2n ** 64n, 1]],
  float32: [[1.5, -0.25, Infinity, pair(1.1, Math.fround(1.1))], ['1', 1n]],
  float64: [[0.1, -1e300, NaN], [1n, null]],
  intptr: [[-5, 2 ** 31 - 1], [2 ** 31]],
  pointer: [[0, 4096, 2 ** 32 - 1], [-1, 2 ** 32]],
  char16: [['a', 'é', '\uD800', '\u{FFFF}'], ['ab', '', 97, '😀']],
  char16_number: [[0, 0xd800, 65535], [65536, -1, 'a']],
  date: [[new Date(0), new Date(1700000000123), new Date(-1)], [new Date(NaN), 5, '2020-01-01']],
  string: [['', 'héllo 🌍', 'x'.repeat(1000), pair(weird, '\uFFFDx\uFFFD')], [5, null]],
  u16string: [['', 'héllo 🌍', weird, 'y😀'.repeat(20000)], [5, null]],
  object: [[{ a: 1 }, [1], Math.max], [null, 5, 'str', undefined]],
  any: [[undefined, null, 5, 'x', { b: 2 }], []],
  error: [[new Error('e'), 'thrown string', undefined], []],
  'optional<int32>': [[null, 5, pair(undefined, null)], ['x', 2 ** 31]],
  'optional<string>': [[null, 'abc']],
  'optional<object>': [[null, { x: 1 }], [5]],
  'array<int32>': [[[], [1, 2, 3]], [[1, '2'], 'x', [2 ** 31], [1, , 3]]], // eslint-disable-line no-sparse-arrays
  'array<array<int64_bigint>>': [[[[1n], [2n, 3n], []]], [[[1]], [1n]]],
  'array<optional<string>>': [[pair(['a', null, undefined], ['a', null, null])], [['a', 1]]],
  'array<date>': [[[new Date(5)]], [[new Date(NaN)]]],
  'array<any>': [[[undefined, null, 1, 'x']]],
};

const PROBE = 16;
const ident = (type) => type.replace(/\W+/g, '_').replace(/_+$/, '');
const isHandle = (type) => parseWireType(type).kind === 'value' && parseWireType(type).paramWasm === 'i' &&
  (/^(object|any|error)$/.test(type) || type.includes('<'));

function roundTrip(type) {
  const id = ident(type);
  const imp = rawImport({ name: `imp_${id}`, path: 'echo', module: 'm', params: [['v', type]], result: type });
  let body;
  if (type === 'string' || type === 'u16string') {
    const [S, C] = type === 'string' ? ['std::string', 'char'] : ['std::u16string', 'char16_t'];
    body = `  ${S} in(ptr<${C}>(v_data), v_size);
  std::free(ptr<void>(v_data));
  static ${S} out;
  imp_${id}(addr(&out), addr(in.data()), static_cast<int>(in.size()));
  static area a;
  a = {addr(out.data()), static_cast<int>(out.size())};
  return addr(&a);`;
  } else if (isHandle(type)) {
    body = `  auto r = imp_${id}(v);\n  rt_release(v);\n  return r;`;
  } else {
    body = `  return imp_${id}(v);`;
  }
  return imp + rawExport({ name: `exp_${id}`, path: `echo.${id}`, params: [['v', type]], result: type, body });
}

const source = `${RAW_PRELUDE}
${Object.keys(cases).map(roundTrip).join('\n')}
// The highest of PROBE new handles: PROBE when no handle is live (and the table never held more).
${rawExport({
  name: 'probe',
  result: 'int32',
  body: `  int h[${PROBE}], top = 0;
  for (int &one : h) { one = rt_box_int32(0); if (one > top) top = one; }
  for (int one : h) rt_release(one);
  return top;`,
})}
// Values C++ gives that JS normalizes or refuses.
${rawExport({ name: 'raw_int8', result: 'int8', body: '  return 0x1ff;' })}
${rawExport({ name: 'raw_uint8', result: 'uint8', body: '  return -1;' })}
${rawExport({ name: 'raw_uint32', result: 'uint32', body: '  return -1;' })}
${rawExport({ name: 'raw_pointer', result: 'pointer', body: '  return -1;' })}
${rawExport({ name: 'raw_char16', result: 'char16', body: '  return 0x10041;' })}
${rawExport({ name: 'raw_uint64_bigint', result: 'uint64_bigint', body: '  return -1;' })}
${rawExport({ name: 'raw_uint64_number', result: 'uint64_number', body: '  return (1LL << 53) - 1;' })}
${rawExport({ name: 'big_int64_number', result: 'int64_number', body: '  return 1LL << 53;' })}
${rawExport({ name: 'big_uint64_number', result: 'uint64_number', body: '  return -1;' })}
${rawExport({ name: 'raw_date', result: 'date', body: '  return 86400000.0;' })}
`;

let module;
before(() => {
  module = new WebAssembly.Module(readFileSync(compileProgram(source, 'wire-values')));
});

async function start(override) {
  const seen = [];
  const m = {
    echo(value) {
      seen.push(value);
      return override ? override.value : value;
    },
  };
  const app = await instantiate(module, { modules: { m } });
  return { app, seen, echo: app.exports.echo };
}

const same = (actual, expected) => {
  if (typeof expected === 'object' && expected !== null && !(expected instanceof Error) && !Array.isArray(expected) && !(expected instanceof Date)) {
    assert.equal(actual, expected); // the same object, by reference
  } else {
    assert.deepEqual(actual, expected);
  }
};

describe('every value type, export -> import -> back', () => {
  for (const [type, [good, bad = []]] of Object.entries(cases)) {
    test(`${type}: values cross both ways`, async () => {
      const { app, seen, echo } = await start();
      for (const entry of good) {
        const [v, e] = unpair(entry);
        seen.length = 0;
        same(echo[ident(type)](v), e);
        assert.equal(seen.length, 1);
        same(seen[0], e);
        if (type.startsWith('array') && v.length > 0) assert.notEqual(seen[0], v); // arrays are copied
      }
      assert.equal(app.exports.probe(), PROBE, 'no handle is left behind');
    });

    if (bad.length > 0) {
      test(`${type}: export arguments that do not fit are a TypeError`, async () => {
        const { app, seen, echo } = await start();
        for (const value of bad) {
          assert.throws(() => echo[ident(type)](value), (error) => {
            assert.ok(error instanceof TypeError);
            assert.match(error.message, new RegExp(`^echo\\.${ident(type)}: parameter 'v' expects .*, got `));
            return true;
          });
        }
        assert.equal(seen.length, 0);
        assert.equal(app.exports.probe(), PROBE, 'nothing was allocated');
      });

      test(`${type}: an import result that does not fit ends the program`, async () => {
        const { app, echo } = await start({ value: bad[0] });
        assert.throws(() => echo[ident(type)](unpair(good[0])[0]), new RegExp(`import 'echo' of module 'm' \\(C\\+\\+ imp_${ident(type)}\\) returned .*, but its C\\+\\+ result needs`));
        assert.throws(() => app.exports.probe(), /can no longer be called/);
      });
    }
  }

  test('a misfit element is named', async () => {
    const { echo } = await start();
    assert.throws(() => echo.array_int32([1, 2, 'x']), /got an array whose element 2 is string/);
    assert.throws(() => echo.array_array_int64_bigint([[1n], [2]]), /element 1 is an array whose element 0 is number 2/);
  });
});

describe('values C++ gives', () => {
  test('are normalized to the wire type', async () => {
    const { app } = await start();
    const e = app.exports;
    assert.equal(e.raw_int8(), -1);
    assert.equal(e.raw_uint8(), 255);
    assert.equal(e.raw_uint32(), 2 ** 32 - 1);
    assert.equal(e.raw_pointer(), 2 ** 32 - 1);
    assert.equal(e.raw_char16(), 'A');
    assert.equal(e.raw_uint64_bigint(), 2n ** 64n - 1n);
    assert.equal(e.raw_uint64_number(), MAX);
    assert.deepEqual(e.raw_date(), new Date(86400000));
  });

  for (const name of ['big_int64_number', 'big_uint64_number']) {
    test(`${name}: a 64-bit number beyond 2^53-1 ends the program`, async () => {
      const { app } = await start();
      assert.throws(() => app.exports[name](), /jsinterop: the u?int64_number \d+ from C\+\+ is not a safe integer/);
      assert.throws(() => app.exports.probe(), /can no longer be called/);
    });
  }
});
