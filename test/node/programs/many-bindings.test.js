// Issue 17, item 3: the runtime keeps working under many bindings per kind. One generated program has
// 200 imports and 200 exports of mixed shapes (40 signatures, 5 bindings each), called in a seeded
// random order, and every result is checked. Each binding's result depends on its own index, so a
// fast path that mixes up bindings of one signature (a shared template, shared type feedback) gives
// a wrong value here. Then wrong-type arguments to random exports.
// JSINTEROP_MANY_SEED replays another order.
//
// Every value is reduced to a uint32 digest the same way in C++ and in JS (digest below, d() in the
// program), and a binding's result is made from the digests of its arguments and its index:
// - export e<i>(a0..an): JS computes the expected result from the arguments it passes;
// - import i<i>: the export call_import(i, x) makes the arguments from x in C++, calls the import and
//   returns the digest of its result; the JS function checks the arguments it got against those JS
//   makes from x, and the digest against the result it gave.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const BINDINGS = 200;
const ROUNDS = 20; // each binding is called this often, in random order, so that V8 optimizes the calls
const seed = Number(process.env.JSINTEROP_MANY_SEED ?? 17);

// A small seeded generator (mulberry32).
function random(seedValue) {
  let state = seedValue >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { next, int: (low, high) => low + Math.floor(next() * (high - low + 1)), pick: (list) => list[Math.floor(next() * list.length)] };
}

const u32 = (value) => Number(BigInt.asUintN(32, BigInt(value)));
const mix = (h, x) => (Math.imul(h, 1000003) + x) >>> 0;
const utf8 = new TextEncoder();
const digestString = (text) => {
  let h = 2166136261;
  for (const byte of utf8.encode(text)) h = Math.imul(h ^ byte, 16777619) >>> 0;
  return h;
};
const digestInt64 = (value) => {
  const bits = BigInt.asUintN(64, BigInt(value));
  return Number((bits ^ (bits >> 32n)) & 0xffffffffn);
};

// The shapes. Each: the C++ type (and marshal_as), its digest in JS (the program's d() overloads);
// as a parameter: a random JS value, a wrong one, and the value made from x at position k (fromX in
// JS, `make` in C++); as a result: the value made from a digest h (fromH in JS, `result` in C++).
const shapes = {
  int: {
    cxx: 'int',
    digest: (v) => v >>> 0,
    random: (r) => r.int(-(2 ** 31), 2 ** 31 - 1),
    wrong: '5',
    fromX: (x, k) => Math.imul(x, k + 3),
    make: 'static_cast<int>(static_cast<unsigned>(x) * (k + 3u))',
    fromH: (h) => h | 0,
    result: 'static_cast<int>(h)',
  },
  unsigned: {
    cxx: 'unsigned',
    digest: (v) => v >>> 0,
    random: (r) => r.int(0, 2 ** 32 - 1),
    wrong: -1,
    fromX: (x, k) => (Math.imul(x, 2654435761) + k) >>> 0,
    make: 'static_cast<unsigned>(x) * 2654435761u + static_cast<unsigned>(k)',
    fromH: (h) => h,
    result: 'h',
  },
  double: {
    cxx: 'double',
    digest: (v) => u32(Math.trunc(v * 4)),
    random: (r) => r.int(-(2 ** 40), 2 ** 40) / 4,
    wrong: '1.5',
    fromX: (x, k) => x / 4 + k,
    make: 'x / 4.0 + k',
    fromH: (h) => h / 8,
    result: 'h / 8.0',
  },
  bool: {
    cxx: 'bool',
    digest: (v) => (v ? 1 : 2),
    random: (r) => r.next() < 0.5,
    wrong: 1,
    fromX: (x, k) => ((x >> k) & 1) === 1,
    make: '((x >> k) & 1) != 0',
    fromH: (h) => (h & 1) === 1,
    result: '(h & 1) != 0',
  },
  bigint: {
    cxx: 'std::int64_t',
    keyword: 'bigint',
    digest: digestInt64,
    random: (r) => BigInt.asIntN(64, (BigInt(r.int(0, 2 ** 32 - 1)) << 32n) | BigInt(r.int(0, 2 ** 32 - 1))),
    wrong: 1,
    fromX: (x, k) => BigInt(x) * 1000000007n + BigInt(k),
    make: 'static_cast<std::int64_t>(x) * 1000000007LL + k',
    fromH: (h) => BigInt(h) * -4099n,
    result: 'static_cast<std::int64_t>(h) * -4099',
  },
  number64: {
    cxx: 'std::int64_t',
    keyword: 'number',
    digest: digestInt64,
    random: (r) => r.int(-(2 ** 31), 2 ** 31) * r.int(-(2 ** 21), 2 ** 21),
    wrong: 1n,
    fromX: (x, k) => x * 1000 + k,
    make: 'static_cast<std::int64_t>(x) * 1000 + k',
    fromH: (h) => h * 1000 - 7,
    result: 'static_cast<std::int64_t>(h) * 1000 - 7',
  },
  string: {
    cxx: 'std::string',
    digest: digestString,
    random: (r) => Array.from({ length: r.int(0, 12) }, () => r.pick(['a', 'Z', '0', ' ', 'é', 'ü', '€', '😀', '\0'])).join(''),
    wrong: 5,
    fromX: (x, k) => `s${x}ü€😀${k}`,
    make: '"s" + std::to_string(x) + "\\xc3\\xbc\\xe2\\x82\\xac\\xf0\\x9f\\x98\\x80" + std::to_string(k)',
    fromH: (h) => `r${h}é`,
    result: '"r" + std::to_string(h) + "\\xc3\\xa9"',
  },
  optional: {
    cxx: 'std::optional<int>',
    digest: (v) => (v === null ? 5 : (Math.imul(v >>> 0, 3) + 1) >>> 0),
    random: (r) => (r.next() < 0.3 ? null : r.int(-(2 ** 31), 2 ** 31 - 1)),
    wrong: 'x',
    fromX: (x, k) => (x % 2 !== 0 ? x + k : null),
    make: 'x % 2 != 0 ? std::optional<int>(x + k) : std::nullopt',
    fromH: (h) => (h % 3 === 0 ? null : h % 1000),
    result: 'h % 3 == 0 ? std::nullopt : std::optional<int>(static_cast<int>(h % 1000))',
  },
  vector: {
    cxx: 'std::vector<int>',
    digest: (v) => v.reduce((h, x) => (Math.imul(h, 31) + (x >>> 0)) >>> 0, 7),
    random: (r) => Array.from({ length: r.int(0, 5) }, () => r.int(-(2 ** 31), 2 ** 31 - 1)),
    wrong: 'ab',
    fromX: (x, k) => new Array(x & 3).fill(x + k),
    make: 'std::vector<int>(static_cast<std::size_t>(x & 3), x + k)',
    fromH: (h) => [h % 7, h | 0],
    result: 'std::vector<int>{static_cast<int>(h % 7), static_cast<int>(h)}',
  },
};
// Parameters only.
const viewShapes = {
  // call_import makes the std::string that the view refers to.
  string_view: { ...shapes.string, cxx: 'std::string_view', local: 'std::string', result: undefined },
  object: {
    cxx: 'jsinterop::object',
    digest: (v) => v.n >>> 0,
    random: (r) => ({ n: r.int(-(2 ** 31), 2 ** 31 - 1) }),
    wrong: 5,
    fromX: (x, k) => ({ n: x + k }),
    make: 'make_object(x + k)',
  },
};
// Results only: void (an export stores its digest for last_void(), an import's call gives 0), and
// result<int> (an error when h % 4 == 0: an import's JS function throws, an export throws).
const failing = (h) => h % 4 === 0;
const resultShapes = {
  void: { cxx: 'void' },
  result: { cxx: 'jsinterop::result<int>' },
};
const parameterIds = [...Object.keys(shapes), 'string_view', 'object'];
const resultIds = [...Object.keys(shapes), 'void', 'result'];
const importResultIds = [...resultIds, 'object'];
const parameterShape = (id) => shapes[id] ?? viewShapes[id];

// Bindings: SIGNATURES signatures (a result shape and 0 to 4 parameter shapes; the first two are the
// issue's (int, int) -> int and int -> int), each shared by BINDINGS / SIGNATURES bindings, which a
// runtime may serve from one template: binding i has signature i % SIGNATURES.
const SIGNATURES = 40;
function plan(results, r) {
  const signatures = Array.from({ length: SIGNATURES }, (_, j) =>
    j < 2 ? { result: 'int', params: j === 0 ? ['int', 'int'] : ['int'] }
      : { result: results[j % results.length], params: Array.from({ length: j % 5 }, () => r.pick(parameterIds)) });
  return Array.from({ length: BINDINGS }, (_, i) => ({ index: i, ...signatures[i % SIGNATURES] }));
}
const layout = random(2026);
const exportsPlan = plan(resultIds, layout);
const importsPlan = plan(importResultIds, layout);

const attributes = (binding, keyword) => `[[${binding}${keyword ? `, jsinterop::marshal_as("${keyword}")` : ''}]]`;
const parameter = (id, k) => {
  const shape = parameterShape(id);
  return `${shape.keyword ? `[[jsinterop::marshal_as("${shape.keyword}")]] ` : ''}${shape.cxx} a${k}`;
};
const resultCxx = (id) => (shapes[id] ?? resultShapes[id] ?? viewShapes[id]).cxx;
const resultKeyword = (id) => shapes[id]?.keyword;
const hashOf = ({ index, params }) =>
  [`std::uint32_t h = ${index + 1}u;`, ...params.map((_, k) => `h = mix(h, d(a${k}));`)].join(' ');

function exportSource(binding) {
  const { index, result, params } = binding;
  const signature = `${resultCxx(result)} e${index}(${params.map(parameter).join(', ')})`;
  let body;
  if (result === 'void') body = 'last = h;';
  else if (result === 'result') body = `if (h % 4 == 0) return jsinterop::unexpected(jsinterop::js_error("fail e${index} " + std::to_string(h))); return static_cast<int>(h % 100000);`;
  else body = `return ${shapes[result].result};`;
  return `${attributes('jsinterop::export', resultKeyword(result))} ${signature} { ${hashOf(binding)} ${body} }`;
}

function importSource({ index, result, params }) {
  return `${attributes(`jsinterop::import("i${index}", "Many")`, resultKeyword(result))} ` +
    `${resultCxx(result)} imp${index}(${params.map(parameter).join(', ')});`;
}

// call_import's case for import i: its arguments made from x, its result's digest.
function callSource({ index, result, params }) {
  const args = params.map((id, k) => {
    const shape = parameterShape(id);
    const type = shape.local ?? shape.cxx;
    return `    ${type} v${k} = [](int x, int k) -> ${type} { return ${shape.make}; }(x, ${k});`;
  });
  const call = `imp${index}(${params.map((_, k) => `v${k}`).join(', ')})`;
  const use = result === 'void' ? `${call}; return 0u;`
    : result === 'result' ? `auto r = ${call}; return r ? d(*r) : d(r.error().message()) + 1u;`
    : `return d(${call});`;
  return [`  case ${index}: {`, ...args, `    ${use}`, '  }'].join('\n');
}

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

[[jsinterop::import("makeObject", "Many")]] jsinterop::object make_object(int n);

inline std::uint32_t mix(std::uint32_t h, std::uint32_t x) { return h * 1000003u + x; }
inline std::uint32_t d(int v) { return static_cast<std::uint32_t>(v); }
inline std::uint32_t d(unsigned v) { return v; }
inline std::uint32_t d(double v) { return static_cast<std::uint32_t>(static_cast<std::int64_t>(v * 4)); }
inline std::uint32_t d(bool v) { return v ? 1u : 2u; }
inline std::uint32_t d(std::int64_t v) {
  auto bits = static_cast<std::uint64_t>(v);
  return static_cast<std::uint32_t>(bits ^ (bits >> 32));
}
inline std::uint32_t d(std::string_view v) {
  std::uint32_t h = 2166136261u;
  for (unsigned char byte : v) h = (h ^ byte) * 16777619u;
  return h;
}
inline std::uint32_t d(const std::string &v) { return d(std::string_view(v)); }
inline std::uint32_t d(const std::optional<int> &v) { return v ? d(*v) * 3u + 1u : 5u; }
inline std::uint32_t d(const std::vector<int> &v) {
  std::uint32_t h = 7u;
  for (int x : v) h = h * 31u + static_cast<std::uint32_t>(x);
  return h;
}
inline std::uint32_t d(const jsinterop::object &v) { return d(v.get<int>("n")); }

${importsPlan.map(importSource).join('\n')}

namespace many {
static std::uint32_t last = 0;
[[jsinterop::export]] unsigned last_void() { return last; }
${exportsPlan.map(exportSource).join('\n')}

[[jsinterop::export]] unsigned call_import(int which, int x) {
  switch (which) {
${importsPlan.map(callSource).join('\n')}
  }
  return 0u;
}
} // namespace many
`;

// The JS side of each import: checks its arguments against those made from `current.x`, records
// the call, and gives the result of its digest.
const problems = [];
const current = { x: 0, calls: [] };
function importFunction({ index, result, params }) {
  return (...args) => {
    current.calls.push(index);
    const expected = params.map((id, k) => parameterShape(id).fromX(current.x, k));
    try {
      assert.deepStrictEqual(args, expected);
    } catch {
      problems.push(`i${index}(x = ${current.x}): got ${show(args)}, expected ${show(expected)}`);
    }
    let h = index + 1;
    params.forEach((id, k) => (h = mix(h, parameterShape(id).digest(args[k]))));
    if (result === 'void') return undefined;
    if (result === 'object') return { n: h | 0 };
    if (result === 'result') {
      if (failing(h)) throw new Error(`fail i${index} ${h}`);
      return h % 100000;
    }
    return shapes[result].fromH(h);
  };
}
// What call_import(i, x) returns.
function expectedImportDigest({ index, result, params }, x) {
  let h = index + 1;
  params.forEach((id, k) => (h = mix(h, parameterShape(id).digest(parameterShape(id).fromX(x, k)))));
  if (result === 'void') return 0;
  if (result === 'object') return h;
  if (result === 'result') return failing(h) ? (digestString(`fail i${index} ${h}`) + 1) >>> 0 : (h % 100000) >>> 0;
  return shapes[result].digest(shapes[result].fromH(h));
}

const show = (value) => JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));

// Calls export e<i> with args and checks its result against the one JS computes.
function checkExport({ index, result, params }, args) {
  const { many } = app.exports;
  let h = index + 1;
  params.forEach((id, k) => (h = mix(h, parameterShape(id).digest(args[k]))));
  const what = `many.e${index}(${show(args)}) (${params} -> ${result}, seed ${seed})`;
  if (result === 'result' && failing(h)) {
    assert.throws(() => many[`e${index}`](...args), { message: new RegExp(`fail e${index} ${h}`) }, what);
    return;
  }
  const got = many[`e${index}`](...args);
  if (result === 'void') {
    assert.equal(got, undefined, what);
    assert.equal(many.last_void(), h, what);
  } else {
    assert.deepStrictEqual(got, result === 'result' ? h % 100000 : shapes[result].fromH(h), what);
  }
}

let app;
before(async () => {
  const Many = Object.fromEntries(importsPlan.map((binding) => [`i${binding.index}`, importFunction(binding)]));
  Many.makeObject = (n) => ({ n });
  app = await instantiate(compileProgram(source, 'many-bindings'), { modules: { Many } });
});

test(`${BINDINGS} exports and ${BINDINGS} imports of mixed shapes, called in random order, give every result (seed ${seed})`, () => {
  const { many } = app.exports;
  const r = random(seed);
  const calls = [];
  for (let round = 0; round < ROUNDS; ++round) {
    for (const binding of exportsPlan) calls.push({ kind: 'export', binding });
    for (const binding of importsPlan) calls.push({ kind: 'import', binding });
  }
  for (let i = calls.length - 1; i > 0; --i) {
    const j = r.int(0, i);
    [calls[i], calls[j]] = [calls[j], calls[i]];
  }
  for (const { kind, binding } of calls) {
    const { index, result, params } = binding;
    if (kind === 'import') {
      const x = r.int(-1_000_000, 1_000_000);
      current.x = x;
      current.calls.length = 0;
      const got = many.call_import(index, x);
      assert.deepStrictEqual(current.calls, [index], `call_import(${index}, ${x}) called the JS functions ${current.calls}`);
      assert.equal(got, expectedImportDigest(binding, x), `import i${index} (${params} -> ${result}), x = ${x} (seed ${seed})`);
    } else {
      checkExport(binding, params.map((id) => parameterShape(id).random(r)));
    }
  }
  assert.deepStrictEqual(problems, [], 'every import got the arguments C++ made');
});

test('a wrong-type argument to random exports is a TypeError naming the export and the parameter', () => {
  const { many } = app.exports;
  const r = random(seed + 1);
  const withParams = exportsPlan.filter(({ params }) => params.length > 0);
  for (let n = 0; n < 40; ++n) {
    const { index, params } = r.pick(withParams);
    const k = r.int(0, params.length - 1);
    const args = params.map((id) => parameterShape(id).random(r));
    args[k] = parameterShape(params[k]).wrong;
    assert.throws(() => many[`e${index}`](...args), { name: 'TypeError', message: new RegExp(`many\\.e${index}\\b[\\s\\S]*'a${k}'`) },
      `many.e${index}(${show(args)}): parameter a${k} (${params[k]})`);
  }
  // Every export still works after the rejected calls.
  for (const binding of exportsPlan) checkExport(binding, binding.params.map((id) => parameterShape(id).random(r)));
});
