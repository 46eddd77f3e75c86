// js/src/classes.js and its seams (wire.js, exports.js) on classes built from descriptors written by
// hand and fake wasm functions (helpers.js): what JS sees of a class, whatever C++ does.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { FakeHeap, buildModule, counterModule } from './helpers.js';

test('a class is a JS class at its path: constructor, methods, accessors, statics', () => {
  const { exports, heap } = counterModule();
  const { Counter } = exports.geo;
  assert.equal(typeof Counter, 'function');
  assert.equal(Counter.name, 'Counter');
  const counter = new Counter(40);
  assert.ok(counter instanceof Counter);
  assert.equal(counter.add(2), 42);
  assert.equal(counter.value, 42);
  counter.value = 7;
  assert.equal(counter.value, 7);
  assert.equal(counter.size, 1);
  assert.throws(() => {
    counter.size = 2;
  }, TypeError);
  assert.equal(Counter.prototype.add.name, 'add');
  const zero = Counter.zero();
  assert.ok(zero instanceof Counter);
  assert.equal(zero.value, 0);
  assert.equal(counter.doubled().value, 14);
  assert.equal(heap.objects.size, 3);
  assert.ok(Object.isFrozen(Counter));
  assert.deepEqual(Object.keys(exports.geo).sort(), ['Counter', 'norm1', 'origin', 'total', 'valueOr']);
});

test('dispose() destroys once; isDisposed; Symbol.dispose; then calls throw naming the class', () => {
  const { exports, heap } = counterModule();
  const counter = new exports.geo.Counter(1);
  assert.equal(counter.isDisposed, false);
  counter.dispose();
  assert.equal(counter.isDisposed, true);
  assert.equal(heap.destroyed.length, 1);
  counter.dispose();
  counter[Symbol.dispose]();
  assert.equal(heap.destroyed.length, 1);
  assert.throws(() => counter.add(1), { name: 'TypeError', message: 'geo.Counter.add: called on a disposed geo.Counter' });
  assert.throws(() => counter.value, { name: 'TypeError', message: 'geo.Counter.value: called on a disposed geo.Counter' });
});

test("a method on a wrong receiver, a missing constructor, a wrong argument count", () => {
  const { exports } = counterModule();
  const { Counter } = exports.geo;
  const counter = new Counter(1);
  assert.throws(() => Counter.prototype.add.call({}, 1), { message: "geo.Counter.add: 'this' is not a geo.Counter" });
  assert.throws(() => Counter.prototype.add.call(new Proxy(counter, {}), 1), { message: "geo.Counter.add: 'this' is not a geo.Counter" });
  const { add } = counter;
  assert.throws(() => add(1), { message: "geo.Counter.add: 'this' is not a geo.Counter" });
  assert.throws(() => counter.add(), { message: 'geo.Counter.add: expects 1 argument, got 0' });
  assert.throws(() => counter.add('1'), { message: "geo.Counter.add: parameter 'by' expects an int32 number, got string" });
  assert.throws(() => new Counter(), { message: 'geo.Counter: expects 1 argument, got 0' });
  assert.throws(() => Counter(1), TypeError);
  const bare = buildModule({ classes: [{ kind: 'class', path: 'Bare', destroy: () => {} }], members: [] });
  assert.throws(() => new bare.exports.Bare(), { name: 'TypeError', message: 'Bare has no exported constructor' });
  // A private field: only the runtime's instances have one.
  const base = Object.getPrototypeOf(Counter);
  assert.throws(() => new base(), { name: 'TypeError', message: 'Illegal constructor' });
});

test('instances as parameters: wrong class, not an instance, disposed, null for instance_or_null', () => {
  const { exports } = counterModule();
  const { Counter } = exports.geo;
  const other = buildModule({ classes: [{ kind: 'class', path: 'geo.Counter', destroy: () => {} }], members: [
    [{ class: 'geo.Counter', call: 'new', path: 'geo.Counter', result: 'instance<geo.Counter>' }, () => 8],
  ] }).exports.geo.Counter;
  const a = new Counter(3);
  const b = new Counter(3);
  assert.equal(a.same(b), true);
  const expects = "geo.Counter.same: parameter 'other' expects an instance of geo.Counter, got";
  assert.throws(() => a.same({}), { name: 'TypeError', message: `${expects} object` });
  assert.throws(() => a.same(3), { message: `${expects} number 3` });
  assert.throws(() => a.same(new other()), { message: `${expects} a geo.Counter` });
  b.dispose();
  assert.throws(() => a.same(b), { message: `${expects} a disposed geo.Counter` });
  assert.equal(exports.geo.valueOr(a), 3);
  assert.equal(exports.geo.valueOr(null), -1);
  assert.equal(exports.geo.valueOr(undefined), -1);
  assert.throws(() => exports.geo.valueOr(b), {
    message: "geo.valueOr: parameter 'c' expects an instance of geo.Counter, or null, got a disposed geo.Counter",
  });
});

for (const wasmBorrows of [false, true]) {
  test(`an instance disposed during a call that borrows it is destroyed after the call (${wasmBorrows ? 'wasm' : 'JS'} counts)`, async () => {
    let victim = null;
    let destroyedDuring = -1;
    const heap = new FakeHeap();
    const { exports } = counterModule(heap, {
      wasmBorrows,
      callback: () => {
        victim.dispose();
        destroyedDuring = heap.destroyed.length;
      },
    });
    victim = new exports.geo.Counter(5);
    assert.equal(victim.poke(), 5); // the C++ method reads its object after JS disposed it
    assert.equal(destroyedDuring, 0);
    assert.equal(victim.isDisposed, true);
    // JS counts: when the call returns; wasm counts: from a microtask JS queued.
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.equal(heap.destroyed.length, 1);
    victim.dispose();
    assert.equal(heap.destroyed.length, 1);
  });
}

test('with the library counting, a method of scalar parameters is a copy of the method template', () => {
  const counted = counterModule(new FakeHeap(), { wasmBorrows: true }).exports.geo.Counter;
  const uncounted = counterModule().exports.geo.Counter;
  assert.equal(counted.prototype.add.length, 1); // method(a0)
  assert.equal(uncounted.prototype.add.length, 0); // method(...args), through anyExport
  const counter = new counted(1);
  assert.equal(counter.add(2), 3);
  assert.throws(() => counted.prototype.add.call({}, 1), { message: "geo.Counter.add: 'this' is not a geo.Counter" });
  counter.dispose();
  assert.throws(() => counter.add(1), { message: 'geo.Counter.add: called on a disposed geo.Counter' });
});

for (const wasmBorrows of [false, true]) {
  test(`an instance disposed while the arguments are read waits for the call (${wasmBorrows ? 'wasm' : 'JS'} counts)`, () => {
    const heap = new FakeHeap();
    const { exports } = counterModule(heap, { wasmBorrows });
    const { Counter } = exports.geo;
    const first = new Counter(1);
    const second = new Counter(2);
    // Element 0 is read (a snapshot of its address), then reading element 1 disposes element 0.
    const items = new Proxy([first, second], {
      get(target, key) {
        if (key === '1') first.dispose();
        return Reflect.get(target, key);
      },
    });
    assert.equal(exports.geo.total(items), 3); // C++ reads the first object after JS disposed it
    assert.equal(first.isDisposed, true);
    assert.equal(heap.destroyed.length, 1, 'destroyed once the call returned');
  });
}

test('value objects: each field read once, checked, named in messages; C++ makes plain objects', () => {
  const { exports } = counterModule();
  let reads = 0;
  const point = {
    get x() {
      reads++;
      return 3;
    },
    y: -4,
  };
  assert.equal(exports.geo.norm1(point), 7);
  assert.equal(reads, 1);
  const expects = "geo.norm1: parameter 'p' expects a geo.Point, got";
  assert.throws(() => exports.geo.norm1({ x: 'a', y: 1 }), { name: 'TypeError', message: `${expects} an object whose field 'x' is string` });
  assert.throws(() => exports.geo.norm1({ x: 1 }), { message: `${expects} an object whose field 'y' is undefined` });
  assert.throws(() => exports.geo.norm1(null), { message: `${expects} null` });
  const origin = exports.geo.origin();
  assert.deepEqual(origin, { x: 0, y: 0 });
  assert.deepEqual(Object.keys(origin), ['x', 'y']);
  assert.equal(Object.getPrototypeOf(origin), Object.prototype);
});

test('a class is a namespace: a nested class and statics at its path', () => {
  const { exports } = buildModule({
    classes: [
      { kind: 'class', path: 'a.Outer.Inner', destroy: () => {} },
      { kind: 'class', path: 'a.Outer', destroy: () => {} },
    ],
    members: [[{ class: 'a.Outer', path: 'a.Outer.name', result: 'int32' }, () => 4]],
  });
  assert.equal(typeof exports.a.Outer.Inner, 'function');
  assert.equal(exports.a.Outer.name(), 4);
});

test('the class templates: a path or a key, instance_or_null only as a parameter', async () => {
  const { parseWireType, parameterType, resultType } = await import('../../../js/src/wire.js');
  assert.equal(parseWireType('instance<geo.Polygon>').name, 'instance<geo.Polygon>');
  assert.equal(parseWireType('value_object<@5242884>').expects, 'a @5242884');
  assert.equal(parseWireType('array<instance<geo.Polygon>>').borrows, true);
  assert.equal(parseWireType('promise<instance<geo.Polygon>>').borrows, undefined);
  assert.throws(() => parseWireType('instance<geo..Polygon>'), /a class's JS path or @key, not geo\.\.Polygon/);
  assert.throws(() => parseWireType('instance<int32, int32>'), /a class's JS path or @key/);
  assert.equal(parameterType('instance_or_null<A>').paramOnly, true);
  assert.throws(() => resultType('instance_or_null<A>'), /instance_or_null<A> is only a parameter type/);
  assert.throws(() => parseWireType('optional<instance_or_null<A>>'), /is not a wire type/);
  assert.throws(() => parseWireType('function<instance_or_null<A>, void>'), /cannot be a parameter of function/);
});

test("a value object from C++ has own data properties, even when Object.prototype has a setter of a field's name", () => {
  const { exports } = counterModule();
  Object.defineProperty(Object.prototype, 'x', {
    set() {
      throw new Error('the setter ran');
    },
    configurable: true,
  });
  try {
    const origin = exports.geo.origin();
    assert.deepEqual(Object.getOwnPropertyDescriptor(origin, 'x'), { value: 0, writable: true, enumerable: true, configurable: true });
  } finally {
    delete Object.prototype.x;
  }
});

test('a borrowing call inside a borrowing call does not end the deferral: the outermost does', () => {
  const heap = new FakeHeap();
  let victim = null;
  let destroyedDuring = -1;
  const { exports } = counterModule(heap, {
    callback: () => {
      assert.equal(victim.same(victim), true); // a borrowing call inside poke
      victim.dispose();
      destroyedDuring = heap.destroyed.length;
    },
  });
  victim = new exports.geo.Counter(2);
  assert.equal(victim.poke(), 2);
  assert.equal(destroyedDuring, 0);
  assert.equal(heap.destroyed.length, 1);
});
