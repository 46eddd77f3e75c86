// object::get/set/has by key (docs/design.md "Runtime intrinsics"): a property name used again from
// the same address is interned as a key handle at its second use, after which a scalar get or set
// is one call of object_get_<T>/object_set_<T>. Each test checks that the key path gives what the
// by-name path gives: the same property, the same value, the same message when the program ends.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';

import { instantiate } from '../../../js/src/index.js';
import { compileProgram } from '../lib/toolchain.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// One name at one address: its first use goes by name, the later ones by key.
static constexpr char p[] = "p";

namespace props {
[[jsinterop::export]] int get_p(jsinterop::object o) { return o.get<int>(p); }
[[jsinterop::export]] void set_p(jsinterop::object o, int value) { o.set(p, value); }
[[jsinterop::export]] bool get_p_bool(jsinterop::object o) { return o.get<bool>(p); }
[[jsinterop::export]] double get_p_double(jsinterop::object o) { return o.get<double>(p); }
[[jsinterop::export, jsinterop::marshal_as("bigint")]] std::int64_t get_p_bigint(jsinterop::object o) { return o.get<std::int64_t>(p); }
[[jsinterop::export]] void set_p_bigint(jsinterop::object o, [[jsinterop::marshal_as("bigint")]] std::int64_t value) { o.set(p, value); }
[[jsinterop::export]] void set_p_date(jsinterop::object o, double ms) {
  o.set(p, jsinterop::abi::date(std::chrono::milliseconds(static_cast<std::int64_t>(ms))));
}
[[jsinterop::export]] std::string get_p_string(jsinterop::object o) { return o.get<std::string>(p); }
[[jsinterop::export]] void set_p_string(jsinterop::object o, std::string value) { o.set(p, value); }
[[jsinterop::export]] jsinterop::object get_p_object(jsinterop::object o) { return o.get<jsinterop::object>(p); }
[[jsinterop::export]] bool has_p(jsinterop::object o) { return o.has(p); }
[[jsinterop::export]] std::string type_of_p(jsinterop::object o) { return o.type_of(p); }
// Whether p has a key now (looking it up counts as a use).
[[jsinterop::export]] bool p_has_key() { return jsinterop::detail::property_key(p) != 0; }
// A holder that is null: an object made from a handle of null.
[[jsinterop::export]] int get_p_of_null() { return jsinterop::object(jsinterop::any(nullptr).js_handle()).get<int>(p); }
[[jsinterop::export]] void set_p_of_null() { jsinterop::object(jsinterop::any(nullptr).js_handle()).set(p, 1); }

// Counts up value[name] as many times as told (get and set), with name as given.
[[jsinterop::export]] int count_up(jsinterop::object o, std::string name, int times) {
  for (int i = 0; i < times; ++i)
    o.set(name, o.get<int>(name) + 1);
  return o.get<int>(name);
}

// One buffer (one address) holding each of the names in turn, each used as many times as told: the
// values read, comma-separated. Writes value + 1 back, so that sets are checked too.
[[jsinterop::export]] std::string one_buffer(jsinterop::object o, std::vector<std::string> names, int uses) {
  static char buffer[64];
  std::string read;
  for (const std::string &name : names) {
    name.copy(buffer, name.size());
    std::string_view view(buffer, name.size());
    for (int i = 0; i < uses; ++i) {
      int value = o.get<int>(view);
      o.set(view, value + 1);
      read += std::to_string(value) + (o.has(view) ? "," : "!,");
    }
  }
  return read;
}

// Sets value[names[i]] = i + round, for each round over all names, each name at its own address; returns
// the largest key the cache handed out.
[[jsinterop::export]] int set_all(jsinterop::object o, std::vector<std::string> names, int rounds) {
  int largest = 0;
  for (int round = 0; round < rounds; ++round)
    for (std::size_t i = 0; i < names.size(); ++i) {
      o.set(names[i], static_cast<int>(i) + round);
      int key = jsinterop::detail::property_key(names[i]);
      largest = key > largest ? key : largest;
    }
  return largest;
}

// The key of each name in turn (0: by bytes), all from one address, space-separated.
[[jsinterop::export]] std::string keys_in_turn(std::vector<std::string> names) {
  static char buffer[64];
  std::string keys;
  for (const std::string &name : names) {
    name.copy(buffer, name.size());
    keys += std::to_string(jsinterop::detail::property_key(std::string_view(buffer, name.size()))) + " ";
  }
  return keys;
}

// Every scalar wire type by key (object_get_<T>, object_set_<T>): each property set and read back
// three times, so that the later uses go by key. Returns the names that did not round-trip.
template <class T, class Key = T> std::string round_trip(jsinterop::object &o, std::string_view name, T value) {
  bool same = true;
  for (int i = 0; i < 3; ++i) {
    o.set(name, value);
    same = same && o.get<Key>(name) == value;
  }
  return same ? "" : std::string(name) + " ";
}
template <class Key> std::string read_back(jsinterop::object &o, std::string_view name, jsinterop::abi::cxx_type_t<Key> expected) {
  bool same = true;
  for (int i = 0; i < 3; ++i)
    same = same && o.get<Key>(name) == expected;
  return same ? "" : std::string(name) + " ";
}
[[jsinterop::export]] std::string scalars(jsinterop::object o) {
  using namespace jsinterop::abi;
  static int target;
  return round_trip(o, "bool", true) + round_trip<std::int8_t>(o, "int8", -128) +
         round_trip<std::uint8_t>(o, "uint8", 255) + round_trip<std::int16_t>(o, "int16", -32768) +
         round_trip<std::uint16_t>(o, "uint16", 65535) + round_trip(o, "int32", -2147483647 - 1) +
         round_trip(o, "uint32", 4294967295u) + round_trip<std::int64_t>(o, "int64", -9223372036854775807 - 1) +
         round_trip<std::uint64_t>(o, "uint64", 18446744073709551615u) + round_trip(o, "float32", 0.5f) +
         round_trip(o, "float64", -1.25) + round_trip(o, "intptr", -7l) +
         round_trip(o, "pointer", static_cast<void *>(&target)) + round_trip(o, "char16", u'ž') +
         round_trip(o, "date", date(std::chrono::milliseconds(1234567890123))) +
         read_back<as_number<std::int64_t>>(o, "int64_number", -9007199254740991) +
         read_back<as_number<std::uint64_t>>(o, "uint64_number", 9007199254740991) +
         read_back<as_number<char16_t>>(o, "char16_number", 0x17e);
}
} // namespace props

int main() { return 0; }
`;

let module;
before(() => {
  module = new WebAssembly.Module(readFileSync(compileProgram(source, 'properties')));
});

const start = async () => {
  const app = await instantiate(module, { stdout: () => {}, stderr: () => {} });
  return { app, props: app.exports.props };
};

// The message of the error fn() throws.
const thrown = (fn) => {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof Error, `expected an Error, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected the call to throw');
};

// The message when the program's first use of p is `last` (by name), and when p was used twice by
// `warm` before (by key): the key path must end the program as the name path does.
async function endsAlike(warm, last) {
  const byName = await start();
  const nameMessage = thrown(() => last(byName.props));
  const byKey = await start();
  warm(byKey.props);
  warm(byKey.props);
  assert.equal(byKey.props.p_has_key(), true, 'p has a key after two uses');
  const keyMessage = thrown(() => last(byKey.props));
  assert.equal(keyMessage, nameMessage);
  return keyMessage;
}

describe('properties by key', () => {
  test('a name used many times reads and writes the same property throughout', async () => {
    const { app, props } = await start();
    const value = { count: 0 };
    const before = app.liveHandles;
    assert.equal(props.count_up(value, 'count', 1000), 1000);
    assert.equal(value.count, 1000);
    assert.equal(app.liveHandles, before, 'no handle left behind');
  });

  test('the key path goes by key after two uses and reads what the name path reads', async () => {
    const { props } = await start();
    assert.equal(props.get_p({ p: 1 }), 1);
    assert.equal(props.get_p({ p: 2 }), 2);
    assert.equal(props.p_has_key(), true);
    const target = {};
    props.set_p(target, -7);
    assert.deepEqual(target, { p: -7 });
    assert.equal(props.get_p_bool({ p: true }), true);
    assert.equal(props.get_p_double({ p: 0.25 }), 0.25);
    assert.equal(props.get_p_bigint({ p: -(2n ** 63n) }), -(2n ** 63n));
    props.set_p_bigint(target, 2n ** 62n);
    assert.equal(target.p, 2n ** 62n);
    props.set_p_date(target, 1e12);
    assert.deepEqual(target.p, new Date(1e12));
    assert.equal(props.get_p_string({ p: 'žluť 🐎' }), 'žluť 🐎');
    props.set_p_string(target, 'ünï');
    assert.equal(target.p, 'ünï');
    const inner = {};
    assert.equal(props.get_p_object({ p: inner }), inner);
    assert.equal(props.has_p({ p: undefined }), true);
    assert.equal(props.has_p({}), false);
    assert.equal(props.has_p(Object.create({ p: 1 })), true, 'inherited, as JS `in`');
    assert.equal(props.type_of_p({ p: 1n }), 'bigint');
  });

  test('getters, setters and Proxy traps run once per call', async () => {
    const { props } = await start();
    let reads = 0;
    let writes = 0;
    const trapped = new Proxy({ p: 4 }, {
      get: (target, key) => (reads++, target[key]),
      set: (target, key, value) => (writes++, (target[key] = value), true),
      has: (target, key) => key in target,
    });
    for (let i = 0; i < 5; i++) assert.equal(props.get_p(trapped), 4);
    for (let i = 0; i < 5; i++) props.set_p(trapped, 4);
    assert.equal(reads, 5);
    assert.equal(writes, 5);
    let got = 0;
    const accessors = { get p() { return ++got; }, set p(value) { got = value * 10; } };
    assert.equal(props.get_p(accessors), 1);
    assert.equal(props.get_p(accessors), 2);
    props.set_p(accessors, 3);
    assert.equal(props.get_p(accessors), 31);
  });

  test('one buffer reused for other names (same address, other bytes) reads the right property', async () => {
    const { props } = await start();
    const value = { a: 10, b: 20, ab: 30, ba: 40, c: 50 };
    const names = ['a', 'b', 'a', 'ab', 'ba', 'b', 'c', 'a'];
    const expected = [];
    const model = { ...value };
    for (const name of names) {
      for (let i = 0; i < 3; i++) expected.push(`${model[name]++},`);
    }
    assert.equal(props.one_buffer(value, names, 3), expected.join(''));
    assert.deepEqual(value, model);
  });

  test('a name gets a key at its second use in a row at its entry, and a hot key is not evicted by a name between its uses', async () => {
    const { props } = await start();
    const keys = props.keys_in_turn(['q', 'q', 'r', 'q', 'r', 'q', 'r', 'r', 'q', 'q']).trim().split(' ').map(Number);
    const [q, r] = [keys[1], keys[7]];
    assert.ok(q > 0 && r > 0);
    assert.deepEqual(keys, [0, q, 0, q, 0, q, 0, r, 0, keys[9]], 'r waits while q is in use; then r, used twice in a row, replaces q');
    assert.ok(keys[9] > 0, 'q again, twice in a row');
  });

  test('more names than cache entries: evictions keep the values right, handles and keys bounded', async () => {
    const { app, props } = await start();
    const names = Array.from({ length: 300 }, (_, i) => `name${i}`);
    const value = {};
    const before = app.liveHandles;
    const largest = props.set_all(value, names, 4);
    assert.deepEqual(value, Object.fromEntries(names.map((name, i) => [name, i + 3])));
    assert.equal(app.liveHandles, before, 'keys are not handles of the value table');
    assert.ok(largest > 0, 'some names got keys');
    assert.ok(largest <= 64, `at most one key per cache entry lives at once (largest key ${largest})`);
    // Names used again and again, each from its own address, after all those evictions.
    assert.equal(props.set_all(value, names.slice(0, 8), 10) > 0, true);
    assert.deepEqual(names.slice(0, 8).map((name) => value[name]), [9, 10, 11, 12, 13, 14, 15, 16]);
  });

  test('long names and non-ASCII names', async () => {
    const { props } = await start();
    for (const name of ['x'.repeat(32), 'y'.repeat(33), 'z'.repeat(1000), 'ž 🐎', 'ключ', '', '0', 'length', '__proto__']) {
      const value = name === 'length' ? { length: 0 } : { [name]: 0 };
      assert.equal(props.count_up(value, name, 5), 5, JSON.stringify(name.slice(0, 40)));
      assert.equal(value[name], 5);
    }
    const array = [1, 2, 3];
    assert.equal(props.count_up(array, '1', 4), 6, 'an index name');
    assert.deepEqual(array, [1, 6, 3]);
  });
});

test('every scalar wire type, set and read back by key', async () => {
  const { props } = await start();
  const value = { int64_number: -(2 ** 53 - 1), uint64_number: 2 ** 53 - 1, char16_number: 0x17e };
  assert.equal(props.scalars(value), '');
  const { pointer, date, ...rest } = value;
  assert.deepEqual(rest, {
    int64_number: -(2 ** 53 - 1), uint64_number: 2 ** 53 - 1, char16_number: 0x17e,
    bool: true, int8: -128, uint8: 255, int16: -32768, uint16: 65535, int32: -(2 ** 31), uint32: 2 ** 32 - 1,
    int64: -(2n ** 63n), uint64: 2n ** 64n - 1n, float32: 0.5, float64: -1.25, intptr: -7, char16: 'ž',
  });
  assert.ok(Number.isInteger(pointer) && pointer > 0, `a pointer is an address (${pointer})`);
  assert.deepEqual(date, new Date(1234567890123));
});

describe('properties by key end the program as by name', () => {
  test('get<T> of a value that does not fit T', async () => {
    const warm = (props) => props.get_p({ p: 0 });
    const cases = [
      [(props) => props.get_p({ p: 'text' }), /property "p": expected an int32 number, got string/],
      [(props) => props.get_p({ p: 2 ** 31 }), /property "p": expected an int32 number, got number 2147483648/],
      [(props) => props.get_p({}), /property "p": expected an int32 number, got undefined/],
      [(props) => props.get_p_bool({ p: 1 }), /property "p": expected a boolean, got number 1/],
      [(props) => props.get_p_bigint({ p: 1 }), /property "p": expected a bigint in the int64 range, got number 1/],
      [(props) => props.get_p_string({ p: 1 }), /property "p": expected a string, got number 1/],
      [(props) => props.get_p_object({ p: null }), /null/],
    ];
    for (const [last, message] of cases) assert.match(await endsAlike(warm, last), message);
  });

  test('set<T> of a value JS cannot hold', async () => {
    const message = await endsAlike((props) => props.set_p_date({}, 0), (props) => props.set_p_date({}, 9e15));
    assert.match(message, /outside the range of a JS Date/);
  });

  test('a getter or setter that throws', async () => {
    const warm = (props) => props.get_p({ p: 0 });
    const getter = (props) => props.get_p({ get p() { throw new RangeError('no p today'); } });
    const setter = (props) => props.set_p({ set p(value) { throw new RangeError(`no p = ${value}`); } }, 9);
    assert.match(await endsAlike(warm, getter), /reading property "p" threw: no p today/);
    assert.match(await endsAlike(warm, setter), /setting property "p" threw: no p = 9/);
  });

  test('a holder that is null', async () => {
    const warm = (props) => props.get_p({ p: 0 });
    assert.match(await endsAlike(warm, (props) => props.get_p_of_null()), /cannot read 'p' of null/);
    assert.match(await endsAlike(warm, (props) => props.set_p_of_null()), /cannot set 'p' of null/);
  });
});
