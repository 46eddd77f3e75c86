// Conformance: modules (API.md §3-4, docs/design.md "Modules"): host::import_module(name, url) from
// C++, host::global_this(), `modules` in instantiate(), setModuleImports() after instantiate,
// --module with jsinterop-run; an import whose module or path does not resolve fails at its first
// call (not at instantiate) with an error naming the module and the path.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { before, test } from 'node:test';

import { build, load, runner, tempPath } from './helpers.js';

const source = String.raw`
#include <jsinterop/jsinterop.h>
#include <cstdio>
#include <string>
using jsinterop::object;
using jsinterop::task;

[[jsinterop::import("hello", "Dyn")]] std::string dyn_hello(std::string name);
[[jsinterop::import("missing.fn", "Never")]] int never_registered(int x);
[[jsinterop::import("nothing.here", "Reg")]] double not_a_function(double x);
[[jsinterop::import("value", "Late")]] bool late_value(bool x);
[[jsinterop::import("twice", "Static")]] float static_twice(float x);

namespace m {
[[jsinterop::export]] task<std::string> load_and_call(std::string url) {
  jsinterop::result<void> loaded = co_await jsinterop::host::import_module("Dyn", url);
  if (!loaded) co_return "error " + loaded.error().message();
  co_return dyn_hello("C++");
}
[[jsinterop::export]] task<std::string> load_only(std::string name, std::string url) {
  jsinterop::result<void> loaded = co_await jsinterop::host::import_module(name, url);
  co_return loaded ? "loaded" : "error " + loaded.error().message();
}
[[jsinterop::export]] std::string hello(std::string name) { return dyn_hello(name); }
[[jsinterop::export]] object global() { return jsinterop::host::global_this(); }
[[jsinterop::export]] std::string global_marker() { return jsinterop::host::global_this().get<std::string>("asyncModulesMarker"); }
[[jsinterop::export]] int call_never(int x) { return never_registered(x); }
[[jsinterop::export]] double call_not_function(double x) { return not_a_function(x); }
[[jsinterop::export]] bool call_late(bool x) { return late_value(x); }
[[jsinterop::export]] float call_static(float x) { return static_twice(x); }
}

int main(int argc, char **argv) {
  if (argc > 1) std::printf("%s\n", dyn_hello(argv[1]).c_str());
  return 0;
}
`;

let wasm;
let dynPath;
const Static = { twice: (x) => 2 * x };

before(async () => {
  wasm = await build(source, 'async-modules');
  dynPath = tempPath('async-modules-dyn.mjs');
  writeFileSync(dynPath, 'export const hello = (name) => `hello ${name} from a module`;\n');
});

test('modules: host::import_module(name, file URL) then an import of that module', async () => {
  const { exports } = await load(wasm, { Static });
  assert.equal(await exports.m.load_and_call(pathToFileURL(dynPath).href), 'hello C++ from a module');
  assert.equal(exports.m.hello('again'), 'hello again from a module');
});

test('modules: host::import_module of a URL that does not load is error()', async () => {
  const { exports } = await load(wasm, { Static });
  const missing = pathToFileURL(tempPath('no-such-module.mjs')).href;
  assert.match(await exports.m.load_only('Gone', missing), /^error .+/);
});

test('modules: host::global_this() is globalThis', async () => {
  const { exports } = await load(wasm, { Static });
  assert.equal(exports.m.global(), globalThis);
  globalThis.asyncModulesMarker = 'marked';
  try {
    assert.equal(exports.m.global_marker(), 'marked');
  } finally {
    delete globalThis.asyncModulesMarker;
  }
});

test('modules: `modules` in instantiate(): a namespace object, or a URL string to import()', async () => {
  let { exports } = await load(wasm, { Static });
  assert.equal(exports.m.call_static(1.5), 3);
  ({ exports } = await load(wasm, { Static, Dyn: pathToFileURL(dynPath).href }));
  assert.equal(exports.m.hello('url'), 'hello url from a module');
});

test('modules: setModuleImports() after instantiate, before the first call', async () => {
  const { app, exports } = await load(wasm, { Static });
  app.setModuleImports('Late', { value: (x) => !x });
  assert.equal(exports.m.call_late(true), false);
});

test('modules: an import of a module never registered fails at its first call, naming module and path', async () => {
  const { exports } = await load(wasm, { Static }); // instantiate does not fail
  assert.throws(() => exports.m.call_never(1), (error) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /Never/);
    assert.match(error.message, /missing\.fn/);
    return true;
  });
});

test('modules: an import whose path does not resolve to a function fails at its first call, naming module and path', async () => {
  const { app, exports } = await load(wasm, { Static });
  app.setModuleImports('Reg', { nothing: { here: 42 } });
  assert.throws(() => exports.m.call_not_function(1), (error) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /Reg/);
    assert.match(error.message, /nothing\.here/);
    return true;
  });
});

test('modules: jsinterop-run --module NAME=path registers the module', () => {
  const r = runner(wasm.path, { Dyn: dynPath }, ['runner']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'hello runner from a module\n');
});

test('modules: jsinterop-run without the module: the first call fails naming it, exit code non-zero', () => {
  const r = runner(wasm.path, {}, ['runner']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /Dyn/);
  assert.match(r.stderr, /hello/);
});
