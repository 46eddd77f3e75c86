// Instances crossing as values, end to end: export parameters by value (a copy), const& and & (the
// instance's own object), * (null too); results; inside vectors, optionals, tasks and callbacks
// (copies); import parameters and results; the TypeErrors of a wrong class, a disposed instance or
// not an instance; and an instance disposed during a call that borrows it (destroyed after it).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load } from '../async/helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <functional>
#include <optional>
#include <string>
#include <vector>
using jsinterop::task;

namespace shop {
int alive = 0;

class [[jsinterop::export]] Item {
public:
  [[jsinterop::export]] Item(std::string name, int count) : name_(std::move(name)), count_(count) { ++alive; }
  Item(const Item &other) : name_(other.name_), count_(other.count_) { ++alive; }
  Item &operator=(const Item &) = default;
  ~Item() { --alive; }
  [[jsinterop::export, jsinterop::getter]] std::string name() const { return name_; }
  [[jsinterop::export, jsinterop::getter]] int count() const { return count_; }
  [[jsinterop::export]] void add(int n) { count_ += n; }
  [[jsinterop::export]] bool same(const Item &other) const { return &other == this; }
  [[jsinterop::export]] int poke();
  [[jsinterop::export]] static int live() { return alive; }

private:
  std::string name_;
  int count_;
};

class [[jsinterop::export]] Other {
public:
  [[jsinterop::export]] Other() = default;
};

[[jsinterop::import("poke", "T")]] void js_poke();
[[jsinterop::import("take", "T")]] int js_take(const Item &item);
[[jsinterop::import("takeCopy", "T")]] int js_take_copy(Item item);
[[jsinterop::import("give", "T")]] Item js_give();
[[jsinterop::import("inner", "T")]] void js_inner();

int Item::poke() {
  js_poke(); // JS disposes this instance
  return count_ + static_cast<int>(name_.size());
}

[[jsinterop::export]] int by_value(Item item) { item.add(100); return item.count(); }
[[jsinterop::export]] int by_const_ref(const Item &item) { return item.count(); }
[[jsinterop::export]] void by_ref(Item &item) { item.add(1); }
[[jsinterop::export]] int by_pointer(Item *item) { return item == nullptr ? -1 : item->count(); }
[[jsinterop::export]] Item make(std::string name) { return Item(std::move(name), 1); }
[[jsinterop::export]] std::vector<Item> many(int n) {
  std::vector<Item> items;
  for (int i = 0; i < n; ++i) items.emplace_back("item" + std::to_string(i), i);
  return items;
}
[[jsinterop::export]] int sum(const std::vector<Item> &items) {
  int total = 0;
  for (const Item &item : items) total += item.count();
  return total;
}
[[jsinterop::export]] std::optional<Item> maybe(bool yes) {
  if (!yes) return std::nullopt;
  return Item("maybe", 5);
}
[[jsinterop::export]] int count_or(std::optional<Item> item, int otherwise) { return item ? item->count() : otherwise; }
[[jsinterop::export]] task<Item> later(std::string name) { co_return Item(std::move(name), 9); }
[[jsinterop::export]] int visit(std::function<int(Item)> f) { return f(Item("visited", 4)); }
[[jsinterop::export]] int produce(std::function<Item()> f) { Item item = f(); return item.count(); }
[[jsinterop::export]] std::function<int(Item)> counter() { return [](Item item) { return item.count(); }; }
[[jsinterop::export]] int take_in_js(int count) { return js_take(Item("lent", count)) + js_take_copy(Item("copied", count)); }
[[jsinterop::export]] int give_from_js() { return js_give().count(); }
[[jsinterop::export]] int poke_then_read(Item &item) {
  js_poke(); // JS disposes item
  return item.count();
}
// JS calls another export that borrows item (a call inside this one), then disposes item.
[[jsinterop::export]] int nested(Item &item) {
  js_inner();
  return item.count();
}
// The items of the array are taken one by one, JS disposing the first meanwhile.
[[jsinterop::export]] int sum_poking(std::vector<Item> items) {
  js_poke();
  int total = 0;
  for (const Item &item : items) total += item.count();
  return total;
}
} // namespace shop

int main() {}
`;

let wasm;
before(async () => {
  wasm = await build(source, 'classes-instances');
});

// Each import calls T's function of the moment: a test replaces them (an import looks its function up once).
const T = { poke() {}, take: () => 0, takeCopy: () => 0, give: () => null, inner() {} };
// What the runtime deferred during a call runs from a microtask: done once a timer fires.
const afterMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 0));
const imports = (t) => ({
  poke: () => t.poke(),
  inner: () => t.inner(),
  take: (item) => t.take(item),
  takeCopy: (item) => t.takeCopy(item),
  give: () => t.give(),
});

test('export parameters: by value a copy, const& and & the instance itself, * also null', async () => {
  const { exports } = await load(wasm, { T: imports(T) });
  const { Item } = exports.shop;
  const item = new Item('a', 2);
  assert.equal(exports.shop.by_value(item), 102);
  assert.equal(item.count, 2);
  assert.equal(exports.shop.by_const_ref(item), 2);
  exports.shop.by_ref(item);
  assert.equal(item.count, 3);
  assert.equal(exports.shop.by_pointer(item), 3);
  assert.equal(exports.shop.by_pointer(null), -1);
  assert.equal(exports.shop.by_pointer(undefined), -1);
  assert.equal(item.same(item), true);
  assert.equal(item.same(new Item('b', 3)), false);
  assert.equal(Item.live(), 2);
});

test('results: an instance, a vector of them, an optional, a task', async () => {
  const { exports } = await load(wasm, { T: imports(T) });
  const { Item } = exports.shop;
  const made = exports.shop.make('m');
  assert.ok(made instanceof Item);
  assert.equal(made.name, 'm');
  const items = exports.shop.many(3);
  assert.deepEqual(items.map((item) => [item instanceof Item, item.name, item.count]), [
    [true, 'item0', 0], [true, 'item1', 1], [true, 'item2', 2],
  ]);
  assert.equal(exports.shop.maybe(false), null);
  const maybe = exports.shop.maybe(true);
  assert.equal(maybe.count, 5);
  const later = await exports.shop.later('l');
  assert.ok(later instanceof Item);
  assert.equal(later.count, 9);
  assert.equal(Item.live(), 6);
  for (const item of [made, ...items, maybe, later]) item.dispose();
  assert.equal(Item.live(), 0);
});

test('vectors and optionals of instances as parameters are copied from the instances', async () => {
  const { exports } = await load(wasm, { T: imports(T) });
  const { Item } = exports.shop;
  const items = [new Item('a', 1), new Item('b', 2)];
  assert.equal(exports.shop.sum(items), 3);
  assert.equal(exports.shop.count_or(items[1], -1), 2);
  assert.equal(exports.shop.count_or(null, -1), -1);
  assert.equal(Item.live(), 2);
  items[0].dispose();
  assert.throws(() => exports.shop.sum(items), {
    name: 'TypeError',
    message: "shop.sum: parameter 'items' expects an array of instance<shop.Item> (each an instance of shop.Item), got an array whose element 0 is a disposed shop.Item",
  });
});

test('callbacks: JS gets a new instance (a copy), and returns one C++ copies', async () => {
  const { exports } = await load(wasm, { T: imports(T) });
  const { Item } = exports.shop;
  let seen = null;
  assert.equal(exports.shop.visit((item) => {
    seen = item;
    return item.count * 10;
  }), 40);
  assert.ok(seen instanceof Item);
  assert.equal(seen.name, 'visited');
  const given = new Item('given', 8);
  assert.equal(exports.shop.produce(() => given), 8);
  assert.equal(given.count, 8);
  assert.equal(Item.live(), 2);
  seen.dispose();
  given.dispose();
  assert.equal(Item.live(), 0);
});

test('imports: a parameter is a new instance JS owns, a result is copied by C++', async () => {
  const taken = [];
  const own = { ...T, take: (item) => (taken.push(item), item.count), takeCopy: (item) => (taken.push(item), item.count) };
  const { exports } = await load(wasm, { T: imports(own) });
  const { Item } = exports.shop;
  assert.equal(exports.shop.take_in_js(6), 12);
  assert.deepEqual(taken.map((item) => [item instanceof Item, item.name]), [[true, 'lent'], [true, 'copied']]);
  assert.equal(Item.live(), 2);
  taken.forEach((item) => item.dispose());
  const source = new Item('src', 11);
  own.give = () => source;
  assert.equal(exports.shop.give_from_js(), 11);
  assert.equal(Item.live(), 1);
  own.give = () => ({ count: 1 });
  assert.throws(() => exports.shop.give_from_js(), /returned object, but its C\+\+ result needs an instance of shop\.Item/);
});

test('a wrong class, not an instance, a disposed instance: TypeErrors naming the export and the parameter', async () => {
  const { exports } = await load(wasm, { T: imports(T) });
  const { Item, Other } = exports.shop;
  const item = new Item('x', 1);
  const expects = "shop.by_const_ref: parameter 'item' expects an instance of shop.Item, got";
  assert.throws(() => exports.shop.by_const_ref(new Other()), { name: 'TypeError', message: `${expects} a shop.Other` });
  assert.throws(() => exports.shop.by_const_ref({ count: 1 }), { name: 'TypeError', message: `${expects} object` });
  assert.throws(() => exports.shop.by_const_ref(new Proxy(item, {})), { message: `${expects} object` });
  assert.throws(() => exports.shop.by_const_ref(null), { message: `${expects} null` });
  item.dispose();
  assert.throws(() => exports.shop.by_const_ref(item), { message: `${expects} a disposed shop.Item` });
  assert.throws(() => exports.shop.by_pointer(item), {
    message: "shop.by_pointer: parameter 'item' expects an instance of shop.Item, or null, got a disposed shop.Item",
  });
  assert.throws(() => new Item('y', 2).same(item), {
    message: "shop.Item.same: parameter 'other' expects an instance of shop.Item, got a disposed shop.Item",
  });
  assert.throws(() => item.add(1), { message: 'shop.Item.add: called on a disposed shop.Item' });
});

test('an instance disposed during a call that borrows it is destroyed after the call, from a microtask', async () => {
  const poked = { ...T };
  const { exports } = await load(wasm, { T: imports(poked) });
  const { Item } = exports.shop;
  // A parameter (T&), the receiver of a method, an element of a vector taken after JS ran.
  for (const [run, expected] of [
    [(item) => exports.shop.poke_then_read(item), 7],
    [(item) => item.poke(), 7 + 'borrowed'.length],
    [(item) => {
      const second = new Item('second', 1);
      const total = exports.shop.sum_poking([item, second]);
      second.dispose();
      return total;
    }, 8],
  ]) {
    const item = new Item('borrowed', 7);
    let liveDuring = -1;
    poked.poke = () => {
      item.dispose();
      assert.equal(item.isDisposed, true);
      liveDuring = Item.live();
    };
    assert.equal(run(item), expected);
    assert.ok(liveDuring >= 1, 'not destroyed during the call');
    await afterMicrotasks();
    assert.equal(Item.live(), 0, 'destroyed once the call returned');
    assert.equal(item.isDisposed, true);
  }
});

test('an instance disposed after a call inside the borrowing call returned waits for the outermost', async () => {
  const t = { ...T };
  const { exports } = await load(wasm, { T: imports(t) });
  const { Item } = exports.shop;
  const item = new Item('outer', 4);
  let liveAfterDispose = -1;
  t.inner = () => {
    assert.equal(exports.shop.by_const_ref(item), 4); // a borrowing call inside the outer one
    item.dispose();
    liveAfterDispose = Item.live();
  };
  assert.equal(exports.shop.nested(item), 4);
  assert.equal(liveAfterDispose, 1);
  await afterMicrotasks();
  assert.equal(Item.live(), 0);
});

test('a C++ callback taking an instance: JS passes one (C++ copies it), a wrong value is a TypeError naming the class', async () => {
  const { exports } = await load(wasm, { T: imports(T) });
  const { Item } = exports.shop;
  const count = exports.shop.counter();
  const item = new Item('c', 6);
  assert.equal(count(item), 6);
  assert.equal(Item.live(), 1);
  assert.throws(() => count(3), {
    name: 'TypeError',
    message: 'jsinterop: argument 1 of a C++ callback function<instance<shop.Item>, int32> is not instance<shop.Item> (number)',
  });
  item.dispose();
  count.dispose();
});
