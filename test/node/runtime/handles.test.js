// The value table and the jsinterop.runtime intrinsics, span/segment views and result<T>, through
// raw bindings and raw intrinsic calls in C++ (test/node/lib/abi-source.js).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';

import { MemoryView, instantiate } from '../../../js/src/index.js';
import { wireTypes } from '../../../js/src/wire.js';
import { RAW_PRELUDE, rawExport as ex, rawImport as im } from '../lib/abi-source.js';
import { compileProgram } from '../lib/toolchain.js';

const STR = (name) => `std::string_view ${name}(ptr<char>(${name}_data), ${name}_size)`;
const RET = 'return ret(';
const fitTypes = Object.keys(wireTypes).filter((name) => name !== 'void');

const source = `${RAW_PRELUDE}
namespace jsinterop::detail { void set_export_error(int h); }
static int ret(std::string s) {
  static std::string keep;
  static area a;
  keep = std::move(s);
  a = {addr(keep.data()), static_cast<int>(keep.size())};
  return addr(&a);
}
static std::string message_of(int error) {
  std::string s;
  rt_error_message(error, addr(&s));
  return s;
}
${ex({ name: 'sum_array', params: [['a', 'array<int32>']], result: 'int32', body: `
  int n = rt_array_length(a), s = 0;
  for (int i = 0; i < n; i++) { int h = rt_array_get(a, i); s += rt_unbox_int32(h); rt_release(h); }
  rt_release(a);
  return s;` })}
${ex({ name: 'make_array', params: [['n', 'int32']], result: 'array<int32>', body: `
  int a = rt_array_new();
  for (int i = 0; i < n; i++) { int b = rt_box_int32(i * i); rt_array_push(a, b); rt_release(b); }
  return a;` })}
${ex({ name: 'double_f64', params: [['a', 'array<float64>']], result: 'array<float64>', body: `
  static double buffer[64];
  int n = rt_array_length(a);
  rt_array_to_memory_float64(a, addr(buffer), n);
  rt_release(a);
  for (int i = 0; i < n; i++) buffer[i] *= 2;
  return rt_array_from_memory_float64(addr(buffer), n);` })}
${ex({ name: 'negate_i64', params: [['a', 'array<int64_bigint>']], result: 'array<int64_bigint>', body: `
  static long long buffer[16];
  int n = rt_array_length(a);
  rt_array_to_memory_int64_bigint(a, addr(buffer), n);
  rt_release(a);
  for (int i = 0; i < n; i++) buffer[i] = -buffer[i];
  return rt_array_from_memory_int64_bigint(addr(buffer), n);` })}
${ex({ name: 'sum_u8', params: [['a', 'any']], result: 'int32', body: `
  static unsigned char buffer[16];
  int n = rt_array_length(a), s = 0;
  rt_array_to_memory_uint8(a, addr(buffer), n);
  rt_release(a);
  for (int i = 0; i < n; i++) s += buffer[i];
  return s;` })}
${ex({ name: 'type_of', params: [['v', 'any']], result: 'string', body: `  auto t = rt_type_of_(v);\n  rt_release(v);\n  ${RET}t);` })}
${ex({ name: 'get_prop', params: [['o', 'any'], ['name', 'string']], result: 'any', body: `
  int h = rt_object_get(o, name_data, name_size);
  std::free(ptr<void>(name_data));
  rt_release(o);
  return h;` })}
${ex({ name: 'set_prop', params: [['o', 'object'], ['name', 'string'], ['v', 'any']], body: `
  rt_object_set(o, name_data, name_size, v);
  std::free(ptr<void>(name_data));
  rt_release(o);
  rt_release(v);` })}
${ex({ name: 'has_prop', params: [['o', 'any'], ['name', 'string']], result: 'bool', body: `
  int r = rt_object_has(o, name_data, name_size);
  std::free(ptr<void>(name_data));
  rt_release(o);
  return r;` })}
${ex({ name: 'fits', params: [['v', 'any']], result: 'string', body: `
  std::string s;
${fitTypes.map((t) => `  if (rt_fits_${t}(v)) s += "${t} ";`).join('\n')}
  rt_release(v);
  ${RET}s);` })}
${ex({ name: 'unbox_int32', params: [['v', 'any']], result: 'int32', body: '  int r = rt_unbox_int32(v);\n  rt_release(v);\n  return r;' })}
${ex({ name: 'unbox_string', params: [['v', 'any']], result: 'string', body: `  auto s = rt_unbox_string_(v);\n  rt_release(v);\n  ${RET}s);` })}
${ex({ name: 'unbox_u16', params: [['v', 'any']], result: 'u16string', body: `
  static std::u16string s;
  static area a;
  rt_unbox_u16string(v, addr(&s));
  rt_release(v);
  a = {addr(s.data()), static_cast<int>(s.size())};
  return addr(&a);` })}
${ex({ name: 'unbox_object', params: [['v', 'any']], result: 'object', body: '  int r = rt_unbox_object(v);\n  rt_release(v);\n  return r;' })}
${ex({ name: 'unbox_u64', params: [['v', 'any']], result: 'uint64_bigint', body: '  auto r = rt_unbox_uint64_bigint(v);\n  rt_release(v);\n  return r;' })}
${ex({ name: 'boxes', result: 'array<any>', body: `
  static const char16_t units[] = {0x61, 0xD800, 0x62};
  int values[] = {rt_box_bool(1), rt_box_int8(-1), rt_box_uint32(-1), rt_box_int64_number(-(1LL << 53) + 1),
                  rt_box_uint64_bigint(-1), rt_box_float32(0.5f), rt_box_date(1000.0), rt_box_char16(0x41),
                  rt_string("héllo"), rt_box_u16string(addr(units), 3), rt_value_null(), rt_value_undefined(),
                  rt_global_this(), rt_box_pointer(-1)};
  int a = rt_array_new();
  for (int v : values) { rt_array_push(a, v); rt_release(v); }
  return a;` })}
${ex({ name: 'nullness', params: [['v', 'any']], result: 'int32', body: '  int r = rt_is_null(v) * 2 + rt_is_undefined(v);\n  rt_release(v);\n  return r;' })}
${ex({ name: 'dup', params: [['o', 'object']], result: 'object', body: '  int d = rt_duplicate(o);\n  rt_release(o);\n  return d;' })}
${ex({ name: 'error_parts', params: [['e', 'error']], result: 'string', body: `
  std::string stack;
  rt_error_stack(e, addr(&stack));
  auto s = message_of(e) + "|" + stack;
  rt_release(e);
  ${RET}s);` })}
${ex({ name: 'make_error', params: [['m', 'string']], result: 'error', body: `  int e = rt_error_new(m_data, m_size);\n  std::free(ptr<void>(m_data));\n  return e;` })}
${ex({ name: 'die', params: [['m', 'string']], body: '  rt_fatal(m_data, m_size);' })}
${ex({ name: 'release_twice', body: '  int h = rt_value_null();\n  rt_release(h);\n  rt_release(h);' })}
${ex({ name: 'probe', result: 'int32', body: `
  int h[16], top = 0;
  for (int &one : h) { one = rt_box_int32(0); if (one > top) top = one; }
  for (int one : h) rt_release(one);
  return top;` })}
${im({ name: 'imp_receive', path: 'receive', module: 'm', params: [['o', 'object']], result: 'int32' })}
${ex({ name: 'send_global', result: 'int32', body: '  int g = rt_global_this();\n  int r = imp_receive(g);\n  rt_release(g);\n  return r;' })}
${im({ name: 'imp_opt', path: 'optional', module: 'm', result: 'array<optional<int32>>' })}
${ex({ name: 'sum_optionals', result: 'string', body: `
  int a = imp_opt(), n = rt_array_length(a);
  std::string s;
  for (int i = 0; i < n; i++) {
    int h = rt_array_get(a, i);
    s += rt_is_null(h) ? std::string("-") : std::to_string(rt_unbox_int32(h));
    rt_release(h);
  }
  rt_release(a);
  ${RET}s);` })}

// Views
${im({ name: 'imp_span', path: 'span', module: 'm', params: [['v', 'span<float64>']], result: 'float64' })}
${ex({ name: 'call_span', params: [['n', 'int32']], result: 'float64', body: `
  static double data[8];
  for (int i = 0; i < n; i++) data[i] = i + 0.5;
  return imp_span(addr(data), n);` })}
${im({ name: 'imp_segment', path: 'segment', module: 'm', params: [['v', 'segment<int32>']] })}
${ex({ name: 'call_segment', body: '  static int data[] = {1, -2, 3};\n  imp_segment(addr(data), 3);' })}
${ex({ name: 'fill', params: [['v', 'span<uint16>']], result: 'int32', body: `
  auto *p = ptr<unsigned short>(v_data);
  for (int i = 0; i < v_size; i++) p[i] = p[i] * 2 + 1;
  return v_size;` })}
${ex({ name: 'seg_sum', params: [['v', 'segment<int8>']], result: 'int32', body: `
  auto *p = ptr<signed char>(v_data);
  int s = 0;
  for (int i = 0; i < v_size; i++) s += p[i];
  return s;` })}
${ex({ name: 'get_segment', result: 'segment<uint64_bigint>', body: `
  static unsigned long long data[] = {1, ~0ULL, 5};
  static area a;
  a = {addr(data), 3};
  return addr(&a);` })}
${ex({ name: 'get_f32', result: 'segment<float32>', body: `
  static float data[] = {0.5f, 1.5f, 2.0f};
  static area a;
  a = {addr(data), 3};
  return addr(&a);` })}
${im({ name: 'imp_give', path: 'give', module: 'm', result: 'segment<float32>' })}
${ex({ name: 'call_give', result: 'float32', body: `
  area a;
  imp_give(addr(&a));
  float s = 0;
  for (int i = 0; i < a.count; i++) s += ptr<float>(a.address)[i];
  return s;` })}

// result<T>
${im({ name: 'imp_try', path: 'attempt', module: 'm', params: [['x', 'int32']], result: 'result<int32>' })}
${ex({ name: 'call_try', params: [['x', 'int32']], result: 'string', body: `
  int error = 0;
  int r = imp_try(addr(&error), x);
  if (error == 0) ${RET}"ok:" + std::to_string(r));
  auto m = message_of(error);
  rt_release(error);
  ${RET}"error:" + std::to_string(r) + ":" + m);` })}
${im({ name: 'imp_try_string', path: 'attemptString', module: 'm', result: 'result<string>' })}
${ex({ name: 'call_try_string', result: 'string', body: `
  int error = 0;
  std::string s = "untouched";
  imp_try_string(addr(&error), addr(&s));
  if (error == 0) ${RET}"ok:" + s);
  auto m = message_of(error);
  rt_release(error);
  ${RET}"error:" + s + ":" + m);` })}
${im({ name: 'imp_try_i64', path: 'attemptBig', module: 'm', result: 'result<int64_bigint>' })}
${ex({ name: 'call_try_i64', result: 'int32', body: `
  int error = 0;
  long long r = imp_try_i64(addr(&error));
  if (error != 0) rt_release(error);
  return error != 0 ? -1 : static_cast<int>(r);` })}
${ex({ name: 'may_fail', params: [['x', 'int32']], result: 'result<int32>', body: `
  if (x < 0) { jsinterop::detail::set_export_error(rt_error_new(addr("negative"), 8)); return 0; }
  if (x == 0) { jsinterop::detail::set_export_error(rt_string("plain")); return 0; }
  return x + 1;` })}
${ex({ name: 'may_fail_string', params: [['s', 'string']], result: 'result<string>', body: `
  std::string in(ptr<char>(s_data), s_size);
  std::free(ptr<void>(s_data));
  if (in.empty()) { jsinterop::detail::set_export_error(rt_error_new(addr("empty"), 5)); return 0; }
  ${RET}in + in);` })}
${ex({ name: 'pass_error', params: [['e', 'error']], result: 'result<void>', body: '  jsinterop::detail::set_export_error(e);' })}
`;

let module;
before(() => {
  module = new WebAssembly.Module(readFileSync(compileProgram(source, 'handles')));
});

async function start(m = {}) {
  const app = await instantiate(module, { modules: { m } });
  return { app, e: app.exports };
}

describe('the value table and the intrinsics', () => {
  test('arrays: array_length, array_get, array_new, array_push, unbox and box', async () => {
    const { e } = await start();
    assert.equal(e.sum_array([1, 2, 3, -4]), 2);
    assert.deepEqual(e.make_array(4), [0, 1, 4, 9]);
    assert.deepEqual(e.make_array(0), []);
    assert.equal(e.probe(), 16);
  });

  test('array_from_memory and array_to_memory', async () => {
    const { e } = await start();
    assert.deepEqual(e.double_f64([0.25, -1, 1e300]), [0.5, -2, 2e300]);
    assert.deepEqual(e.negate_i64([1n, -(2n ** 62n), 0n]), [-1n, 2n ** 62n, 0n]);
    assert.equal(e.sum_u8([1, 2, 255]), 258);
    assert.equal(e.probe(), 16);
  });

  test('array_to_memory refuses an element that does not fit', async () => {
    const { e } = await start();
    assert.throws(() => e.sum_u8([1, 256]), /^Error: jsinterop: expected an uint8 number at index 1, got number 256$/);
  });

  test('an intrinsic that needs an array gets something else: the program ends', async () => {
    const { e } = await start();
    assert.throws(() => e.sum_u8({ length: 1 }), /jsinterop: expected an array, got object/);
  });

  test('type_of, object_get, object_set, object_has', async () => {
    const { e } = await start();
    assert.equal(e.type_of(undefined), 'undefined');
    assert.equal(e.type_of(null), 'object');
    assert.equal(e.type_of(1n), 'bigint');
    assert.equal(e.type_of(() => 1), 'function');
    const target = { a: 1, nested: { b: 'x' } };
    assert.equal(e.get_prop(target, 'a'), 1);
    assert.equal(e.get_prop(target, 'nested'), target.nested);
    assert.equal(e.get_prop(target, 'missing'), undefined);
    assert.equal(e.get_prop('text', 'length'), 4);
    e.set_prop(target, 'ünï', [1]);
    assert.deepEqual(target['ünï'], [1]);
    assert.equal(e.has_prop(target, 'a'), true);
    assert.equal(e.has_prop(target, 'toString'), true);
    assert.equal(e.has_prop(target, 'zzz'), false);
    assert.equal(e.has_prop('text', 'length'), false); // a primitive
    assert.equal(e.has_prop(null, 'x'), false);
    assert.equal(e.probe(), 16);
  });

  test('object_get of null is fatal', async () => {
    const { e } = await start();
    assert.throws(() => e.get_prop(null, 'x'), /jsinterop: cannot read 'x' of null/);
    assert.throws(() => e.probe(), /can no longer be called/);
  });

  test('fits_<T> for every scalar type', async () => {
    const { e } = await start();
    const fits = (value) => e.fits(value).trim().split(' ').filter(Boolean);
    assert.deepEqual(fits(5), ['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64_number', 'uint64_number',
      'float32', 'float64', 'intptr', 'pointer', 'char16_number', 'any', 'error']);
    assert.deepEqual(fits(-1.5), ['float32', 'float64', 'any', 'error']);
    assert.deepEqual(fits('a'), ['char16', 'string', 'u16string', 'any', 'error']);
    assert.deepEqual(fits(2n ** 63n), ['uint64_bigint', 'any', 'error']);
    assert.deepEqual(fits(true), ['bool', 'any', 'error']);
    assert.deepEqual(fits(new Date(1)), ['date', 'object', 'any', 'error']);
    assert.deepEqual(fits(new Date(NaN)), ['object', 'any', 'error']);
    assert.deepEqual(fits(null), ['any', 'error']);
  });

  test('unbox_<T> of a value that fits, and of one that does not', async () => {
    const { e } = await start();
    assert.equal(e.unbox_int32(-7), -7);
    assert.equal(e.unbox_string('héllo'), 'héllo');
    assert.equal(e.unbox_u16('a\uD800'), 'a\uD800');
    assert.equal(e.unbox_u64(2n ** 64n - 1n), 2n ** 64n - 1n);
    const object = {};
    assert.equal(e.unbox_object(object), object);
    assert.equal(e.probe(), 16);
    assert.throws(() => e.unbox_int32('7'), /^Error: jsinterop: expected an int32 number, got string$/);
    assert.throws(() => e.probe(), /can no longer be called/);
    const again = await start();
    assert.throws(() => again.e.unbox_object(null), /^Error: jsinterop: expected an object, got null$/);
  });

  test('box_<T>, value_null, value_undefined, global_this', async () => {
    const { e } = await start();
    assert.deepEqual(e.boxes(), [true, -1, 2 ** 32 - 1, -(2 ** 53) + 1, 2n ** 64n - 1n, 0.5, new Date(1000), 'A',
      'héllo', 'a\uD800b', null, undefined, globalThis, 2 ** 32 - 1]);
    assert.equal(e.nullness(null), 2);
    assert.equal(e.nullness(undefined), 1);
    assert.equal(e.nullness(0), 0);
    assert.equal(e.probe(), 16);
  });

  test('duplicate: a second handle to the same object', async () => {
    const { e } = await start();
    const object = {};
    assert.equal(e.dup(object), object);
    assert.equal(e.probe(), 16);
  });

  test('error_new, error_message, error_stack', async () => {
    const { e } = await start();
    const error = new RangeError('out');
    assert.equal(e.error_parts(error), `out|${error.stack}`);
    assert.equal(e.error_parts('a string'), 'a string|');
    assert.equal(e.error_parts(undefined), 'undefined|');
    assert.equal(e.error_parts({ message: 'not an Error' }), '[object Object]|');
    const made = e.make_error('from C++');
    assert.ok(made instanceof Error);
    assert.equal(made.message, 'from C++');
  });

  test('fatal ends the program with the message', async () => {
    const { e } = await start();
    assert.throws(() => e.die('jsinterop: the object was disposed'), /^Error: jsinterop: the object was disposed$/);
    assert.throws(() => e.probe(), /can no longer be called: it failed: jsinterop: the object was disposed/);
  });

  test('a released handle is not a value', async () => {
    const { e } = await start();
    assert.throws(() => e.release_twice(), /jsinterop: handle \d+ is not a live value/);
  });

  test('an import borrows a handle C++ passes; an array<optional<T>> result is taken apart by C++', async () => {
    let received;
    const { e } = await start({
      receive(object) {
        received = object;
        return 3;
      },
      optional: () => [1, null, undefined, 4],
    });
    assert.equal(e.send_global(), 3);
    assert.equal(received, globalThis);
    assert.equal(e.sum_optionals(), '1--4');
    assert.equal(e.probe(), 16);
  });
});

describe('span and segment', () => {
  test('a span parameter of an import is a MemoryView disposed when the import returns', async () => {
    let kept;
    const { e } = await start({
      span(view) {
        kept = view;
        assert.ok(view instanceof MemoryView);
        assert.equal(view.elementKind, 'float64');
        return view.slice().reduce((a, b) => a + b, 0);
      },
    });
    assert.equal(e.call_span(4), 0.5 + 1.5 + 2.5 + 3.5);
    assert.equal(kept.isDisposed, true);
    assert.equal(kept.length, 4);
    assert.throws(() => kept.slice(), /disposed/);
  });

  test('a segment parameter of an import lives until dispose()', async () => {
    let kept;
    const { e } = await start({ segment: (view) => void (kept = view) });
    e.call_segment();
    assert.equal(kept.isDisposed, false);
    assert.deepEqual([...kept.slice()], [1, -2, 3]);
    kept.dispose();
    assert.equal(kept.isDisposed, true);
  });

  test('an export span takes a typed array (copied in and back) or a MemoryView (in place)', async () => {
    const { app, e } = await start();
    const array = new Uint16Array([1, 2, 65535]);
    assert.equal(e.fill(array), 3);
    assert.deepEqual([...array], [3, 5, 65535]);
    assert.equal(e.fill(new Uint16Array(0)), 0);
    const view = new MemoryView(app.memory, 1024, 2, 'uint16');
    view.set([10, 20]);
    assert.equal(e.fill(view), 2);
    assert.deepEqual([...view.slice()], [21, 41]);
    assert.throws(() => e.fill(new Int16Array(1)), /^TypeError: fill: parameter 'v' expects a MemoryView of uint16 or a Uint16Array, got a Int16Array$/);
    assert.throws(() => e.fill(new MemoryView(app.memory, 0, 1, 'uint8')), /got a MemoryView of uint8/);
    assert.throws(() => e.fill([1, 2]), /got an array of 2/);
    view.dispose();
    assert.throws(() => e.fill(view), /got a disposed MemoryView/);
  });

  test('an export segment takes a MemoryView of this memory only; a segment result is a MemoryView', async () => {
    const { app, e } = await start();
    const view = new MemoryView(app.memory, 2048, 3, 'int8');
    view.set([5, -7, 100]);
    assert.equal(e.seg_sum(view), 98);
    assert.throws(() => e.seg_sum(new Int8Array(3)), /expects a MemoryView of int8, got a Int8Array/);
    const other = new WebAssembly.Memory({ initial: 1 });
    assert.throws(() => e.seg_sum(new MemoryView(other, 0, 1, 'int8')), /got a MemoryView of another module's memory/);
    const segment = e.get_segment();
    assert.ok(segment instanceof MemoryView);
    assert.equal(segment.elementKind, 'uint64_bigint');
    assert.deepEqual([...segment.slice()], [1n, 2n ** 64n - 1n, 5n]);
  });

  test('an import returns a segment: a MemoryView of its element kind', async () => {
    let give = null;
    const { e } = await start({ give: () => give });
    give = e.get_f32();
    assert.equal(e.call_give(), 4);
    const again = await start({ give: () => new Float32Array(2) });
    assert.throws(() => again.e.call_give(), /import 'give' of module 'm' \(C\+\+ imp_give\) returned a Float32Array, but its C\+\+ result needs a MemoryView of float32/);
  });
});

describe('result<T>', () => {
  test('an import: a throw or a misfit is an error value, a value passes', async () => {
    const thrown = new RangeError('too small');
    const { e } = await start({
      attempt(x) {
        if (x < 0) throw thrown;
        if (x === 0) return 'zero';
        return x * 2;
      },
    });
    assert.equal(e.call_try(21), 'ok:42');
    assert.equal(e.call_try(-1), 'error:0:too small');
    assert.equal(
      e.call_try(0),
      "error:0:jsinterop: import 'attempt' of module 'm' (C++ imp_try) returned string, but its C++ result needs an int32 number",
    );
    assert.equal(e.probe(), 16);
  });

  test('an import with a result in memory: the error slot comes first', async () => {
    let next;
    const { e } = await start({
      attemptString() {
        if (next instanceof Error) throw next;
        return next;
      },
    });
    next = 'fine';
    assert.equal(e.call_try_string(), 'ok:fine');
    next = new Error('broken');
    assert.equal(e.call_try_string(), 'error:untouched:broken');
    next = 5;
    assert.match(e.call_try_string(), /^error:untouched:.*returned number 5, but its C\+\+ result needs a string$/);
    next = 'again';
    assert.equal(e.call_try_string(), 'ok:again');
  });

  test('an import of result<int64_bigint> returns 0n on an error', async () => {
    let fail = false;
    const { e } = await start({
      attemptBig() {
        if (fail) throw 'thrown string'; // eslint-disable-line no-throw-literal
        return 7n;
      },
    });
    assert.equal(e.call_try_i64(), 7);
    fail = true;
    assert.equal(e.call_try_i64(), -1);
  });

  test('an export: an error is thrown as its value, and the instance lives on', async () => {
    const { e } = await start();
    assert.equal(e.may_fail(1), 2);
    assert.throws(() => e.may_fail(-1), (error) => error instanceof Error && error.message === 'negative');
    assert.throws(() => e.may_fail(0), (error) => error === 'plain');
    assert.equal(e.may_fail(5), 6);
    assert.equal(e.may_fail_string('ab'), 'abab');
    assert.throws(() => e.may_fail_string(''), /^Error: empty$/);
    const original = new TypeError('mine');
    assert.throws(() => e.pass_error(original), (error) => error === original);
    assert.equal(e.probe(), 16);
  });
});
