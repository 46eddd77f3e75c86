// An exported C++ class as a JS class, end to end through the plugin: its constructor, methods (const
// and not), statics, named constructors, getters and setters, data members (a const one read-only),
// dispose(), and the TypeErrors of a wrong receiver, a disposed instance, a class without constructor.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { build, load } from '../async/helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <string>
#include <vector>

namespace geo {
int alive = 0;

class [[jsinterop::export]] Counter {
public:
  [[jsinterop::export]] explicit Counter(int start) : value_(start) { ++alive; }
  [[jsinterop::export("from_text")]] explicit Counter(std::string text) : value_(std::stoi(text)) { ++alive; }
  Counter(const Counter &other) : label(other.label), value_(other.value_) { ++alive; }
  ~Counter() { --alive; }
  [[jsinterop::export]] int add(int by) { return value_ += by; }
  [[jsinterop::export]] int get() const { return value_; }
  [[jsinterop::export]] double half() const { return value_ / 2.0; }
  [[jsinterop::export]] std::string describe(std::string prefix) const { return prefix + std::to_string(value_) + label; }
  [[jsinterop::export, jsinterop::getter]] int value() const { return value_; }
  [[jsinterop::export("value"), jsinterop::setter]] void set_value(int value) { value_ = value; }
  [[jsinterop::export, jsinterop::getter]] bool negative() const { return value_ < 0; }
  [[jsinterop::export]] std::string label;
  [[jsinterop::export]] const int kind = 3;
  [[jsinterop::export]] static Counter zero() { return Counter(0); }
  [[jsinterop::export]] static int live() { return alive; }
  [[jsinterop::export]] Counter plus(int by) const { Counter c(*this); c.value_ += by; return c; }

private:
  int value_;
};

// No exported constructor: instances come from C++ only.
class [[jsinterop::export("Token")]] Secret {
public:
  explicit Secret(int v) : v_(v) {}
  [[jsinterop::export]] int reveal() const { return v_; }
  [[jsinterop::export]] static Secret make(int v) { return Secret(v); }

private:
  int v_;
};
} // namespace geo

int main() {}
`;

let wasm;
before(async () => {
  wasm = await build(source, 'classes-basic');
});

test('new, methods const and not, a string method', async () => {
  const { exports } = await load(wasm);
  const { Counter } = exports.geo;
  assert.equal(typeof Counter, 'function');
  assert.equal(Counter.name, 'Counter');
  const counter = new Counter(40);
  assert.ok(counter instanceof Counter);
  assert.equal(counter.add(2), 42);
  assert.equal(counter.get(), 42);
  assert.equal(counter.half(), 21);
  assert.equal(counter.describe('n='), 'n=42');
  assert.equal(String(counter), '[object geo.Counter]');
  assert.equal(Counter.live(), 1);
  counter.dispose();
  assert.equal(Counter.live(), 0);
});

test('statics and named constructors are properties of the class; a result instance is adopted', async () => {
  const { exports } = await load(wasm);
  const { Counter } = exports.geo;
  const zero = Counter.zero();
  assert.ok(zero instanceof Counter);
  assert.equal(zero.get(), 0);
  const parsed = Counter.from_text('12');
  assert.equal(parsed.get(), 12);
  const more = parsed.plus(5);
  assert.equal(more.get(), 17);
  assert.equal(parsed.get(), 12);
  assert.equal(Counter.live(), 3);
  for (const c of [zero, parsed, more]) c.dispose();
  assert.equal(Counter.live(), 0);
  assert.deepEqual(Object.keys(Counter).sort(), ['from_text', 'live', 'zero']);
  assert.ok(Object.isFrozen(Counter));
});

test('getters, setters, data members; a getter alone and a const data member are read-only', async () => {
  const { exports } = await load(wasm);
  const counter = new exports.geo.Counter(5);
  assert.equal(counter.value, 5);
  counter.value = 9;
  assert.equal(counter.get(), 9);
  assert.equal(counter.negative, false);
  assert.equal(counter.label, '');
  counter.label = '!';
  assert.equal(counter.label, '!');
  assert.equal(counter.describe(''), '9!');
  assert.equal(counter.kind, 3);
  assert.throws(() => {
    counter.kind = 4;
  }, TypeError);
  assert.throws(() => {
    counter.negative = true;
  }, TypeError);
  assert.throws(() => {
    counter.value = 'x';
  }, { name: 'TypeError', message: "geo.Counter.value: parameter 'value' expects an int32 number, got string" });
  counter.dispose();
});

test('dispose() once, [Symbol.dispose], isDisposed; a disposed or wrong receiver throws', async () => {
  const { exports } = await load(wasm);
  const { Counter } = exports.geo;
  const counter = new Counter(1);
  assert.equal(counter.isDisposed, false);
  counter[Symbol.dispose]();
  assert.equal(counter.isDisposed, true);
  counter.dispose();
  assert.equal(Counter.live(), 0);
  assert.throws(() => counter.get(), { name: 'TypeError', message: 'geo.Counter.get: called on a disposed geo.Counter' });
  assert.throws(() => counter.value, { name: 'TypeError', message: 'geo.Counter.value: called on a disposed geo.Counter' });
  const other = new Counter(2);
  assert.throws(() => Counter.prototype.get.call({}), { name: 'TypeError', message: "geo.Counter.get: 'this' is not a geo.Counter" });
  assert.throws(() => Counter.prototype.describe.call(exports.geo.Token.make(1), ''), {
    message: "geo.Counter.describe: 'this' is not a geo.Counter",
  });
  assert.throws(() => other.add(), { message: 'geo.Counter.add: expects 1 argument, got 0' });
  assert.throws(() => new Counter('1'), { message: "geo.Counter: parameter 'start' expects an int32 number, got string" });
  other.dispose();
});

test('a class renamed by export("Token") without an exported constructor', async () => {
  const { exports } = await load(wasm);
  const { Token } = exports.geo;
  assert.equal(Token.name, 'Token');
  assert.throws(() => new Token(1), { name: 'TypeError', message: 'geo.Token has no exported constructor' });
  const token = Token.make(7);
  assert.equal(token.reveal(), 7);
  token.dispose();
});

test('the instance is the JS object of its class: subclassing works, the address is out of reach', async () => {
  const { exports } = await load(wasm);
  const { Counter } = exports.geo;
  class Named extends Counter {
    hello() {
      return `hello ${this.get()}`;
    }
  }
  const named = new Named(3);
  assert.equal(named.hello(), 'hello 3');
  assert.ok(named instanceof Counter);
  assert.deepEqual(Object.keys(named), []);
  assert.equal(Counter.live(), 1);
  named.dispose();
  assert.equal(Counter.live(), 0);
});
