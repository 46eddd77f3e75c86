// A module's classes built from descriptors written here and fake "wasm" functions over a Map that
// stands for the C++ heap, so that js/src/classes.js and its seams are tested without a compiler.
import { ABI_VERSION } from '../../../js/src/abi.js';
import { ClassTable, addMember } from '../../../js/src/classes.js';
import { buildExportTree, createExport } from '../../../js/src/exports.js';
import { Runtime } from '../../../js/src/runtime.js';
import { parameterType, resultType, wireTypes } from '../../../js/src/wire.js';

// A fake C++ heap: objects by address, each { value } (a Counter) or a value object's fields.
export class FakeHeap {
  objects = new Map();
  destroyed = [];
  #next = 16;

  allocate(object) {
    const pointer = this.#next;
    this.#next += 16;
    this.objects.set(pointer, object);
    return pointer;
  }

  get(pointer) {
    const object = this.objects.get(pointer);
    if (object === undefined) throw new Error(`use after free at ${pointer}`);
    return object;
  }

  destroy(pointer) {
    this.get(pointer);
    this.objects.delete(pointer);
    this.destroyed.push(pointer);
  }
}

// An export line's binding: { descriptor, params, result } as abi.js reads it.
export function binding(descriptor) {
  const full = { abi: ABI_VERSION, kind: 'export', function: descriptor.path, params: [], result: 'void', ...descriptor };
  return {
    descriptor: full,
    params: full.params.map(({ type }) => parameterType(type)),
    result: resultType(full.result),
  };
}

// app.exports of `classes` (class and value_object lines) and `members` ([line, wasm function]),
// with keys 1000, 1001... in order; returns { exports, rt }. wasmBorrows: the fake library counts
// borrowing calls as the runtime library does (every member a borrow_scope, and
// jsinterop_dispose_instance), so that the method copies are used; else JS counts them.
export function buildModule({ classes, members, wasmBorrows = false }) {
  const rt = new Runtime('app.wasm', new Map());
  const lines = classes.map((descriptor) => ({
    descriptor: { abi: ABI_VERSION, ...descriptor },
    fields: (descriptor.fields ?? []).map(({ name, type }) => ({ name, wire: parameterType(type) })),
  }));
  const destroyers = classes.map(({ destroy }) => destroy);
  let depth = 0;
  const deferred = [];
  const scoped = (wasm) => (...values) => {
    depth++;
    try {
      return wasm(...values);
    } finally {
      depth--;
    }
  };
  if (wasmBorrows) {
    rt.heap.exports = {
      jsinterop_dispose_instance: (pointer, index) => {
        if (depth === 0) {
          destroyers[index](pointer);
          return 0;
        }
        return deferred.push([pointer, index]) === 1 ? 1 : 2;
      },
      jsinterop_run_deferred_destructions: () => deferred.splice(0).forEach(([pointer, index]) => destroyers[index](pointer)),
    };
  }
  rt.classes = new ClassTable(lines, rt);
  rt.classes.attach(lines.map((line, index) => ({ ...line, destroy: destroyers[index], destroyIndex: index, key: 1000 + index })));
  const functions = [];
  for (const [line, member] of members) {
    const wasm = wasmBorrows ? scoped(member) : member;
    const made = binding(line);
    if (line.call === 'new') made.result = wireTypes.pointer;
    const exported = createExport(made, wasm, rt);
    if (line.class === undefined || !addMember(rt.classes, made.descriptor, exported)) functions.push([line.path, exported]);
  }
  return { exports: buildExportTree(functions, 'app.wasm', rt.classes.exported), rt };
}

const self = { name: 'this', type: 'instance<geo.Counter>' };

// geo.Counter { int value; Counter(int); int add(int); int get() const; static Counter zero();
// Counter doubled() const; bool same(const Counter &other); int total(std::vector<Counter>);
// int poke(std::function<void()>) calling JS back; Counter *or_null }, and geo.Point { double x, y }.
export function counterModule(heap = new FakeHeap(), { callback = () => {}, wasmBorrows = false } = {}) {
  const cls = 'geo.Counter';
  const module = buildModule({
    wasmBorrows,
    classes: [
      { kind: 'class', cxx: 'geo::Counter', path: cls, destroy: (pointer) => heap.destroy(pointer) },
      {
        kind: 'value_object',
        cxx: 'geo::Point',
        path: 'geo.Point',
        fields: [{ name: 'x', type: 'float64' }, { name: 'y', type: 'float64' }],
        destroy: () => {},
      },
    ],
    members: [
      [{ class: cls, call: 'new', path: cls, params: [{ name: 'start', type: 'int32' }], result: `instance<${cls}>` },
        (start) => heap.allocate({ value: start })],
      [{ class: cls, call: 'method', receiver: true, path: `${cls}.add`, params: [self, { name: 'by', type: 'int32' }], result: 'int32' },
        (p, by) => (heap.get(p).value += by)],
      [{ class: cls, call: 'get', receiver: true, path: `${cls}.value`, params: [self], result: 'int32' },
        (p) => heap.get(p).value],
      [{ class: cls, call: 'set', receiver: true, path: `${cls}.value`, params: [self, { name: 'value', type: 'int32' }] },
        (p, value) => {
          heap.get(p).value = value;
        }],
      [{ class: cls, call: 'get', receiver: true, path: `${cls}.size`, params: [self], result: 'int32' }, () => 1],
      [{ class: cls, path: `${cls}.zero`, result: `instance<${cls}>` }, () => heap.allocate({ value: 0 })],
      [{ class: cls, call: 'method', receiver: true, path: `${cls}.doubled`, params: [self], result: `instance<${cls}>` },
        (p) => heap.allocate({ value: 2 * heap.get(p).value })],
      [{ class: cls, call: 'method', receiver: true, path: `${cls}.same`, params: [self, { name: 'other', type: `instance<${cls}>` }], result: 'bool' },
        (p, other) => (heap.get(p).value === heap.get(other).value ? 1 : 0)],
      [{ class: cls, call: 'method', receiver: true, path: `${cls}.poke`, params: [self], result: 'int32' },
        (p) => {
          callback();
          return heap.get(p).value;
        }],
      [{ path: 'geo.total', params: [{ name: 'all', type: `array<instance<${cls}>>` }], result: 'int32' },
        (h) => module.rt.values.take(h).reduce((total, snapshot) => total + heap.get(snapshot.pointer).value, 0)],
      [{ path: 'geo.valueOr', params: [{ name: 'c', type: `instance_or_null<${cls}>` }], result: 'int32' },
        (p) => (p === 0 ? -1 : heap.get(p).value)],
      [{ path: 'geo.norm1', params: [{ name: 'p', type: 'value_object<geo.Point>' }], result: 'float64' },
        (h) => {
          const [x, y] = module.rt.values.take(h);
          return Math.abs(x) + Math.abs(y);
        }],
      [{ path: 'geo.origin', result: 'value_object<geo.Point>' },
        () => module.rt.values.add(module.rt.classes.shape('@1001').object([0, 0]))],
    ],
  });
  return { ...module, heap };
}
