// Issue 21: app.d.ts declares the module's exported classes and value objects (js/src/tsd.js),
// here from descriptor lines made by hand as the plugin writes them (docs/classes.md): a class with
// its constructor, statics, methods, properties and disposal, in the namespace of its path, and a
// value object as an interface. classes-good.tsx must compile with tsc --strict against them;
// classes-bad.tsx must fail with exactly the errors its comments mark.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { declarations } from '../../../js/src/tsd.js';
import { markedErrors, reportedErrors, resolutions, runTsc, tscProject } from './tsc.js';

const here = fileURLToPath(new URL('.', import.meta.url));

const line = (kind, path, more = {}) => ({ descriptor: { abi: 3, kind, path, ...more } });
const params = (list) => list.map(([name, type]) => ({ name, type }));
// A member export of the class at classPath: call 'new', 'method', 'get', 'set', or none (a static).
function member(classPath, name, call, list, result, cxx) {
  const receiver = ['method', 'get', 'set'].includes(call);
  return line('export', name === '' ? classPath : `${classPath}.${name}`, {
    class: classPath,
    function: cxx,
    params: params([...(receiver ? [['this', `instance<${classPath}>`]] : []), ...list]),
    result,
    ...(call === undefined ? {} : { call }),
    ...(receiver ? { receiver: true } : {}),
  });
}

// The README's geo example, with a class that has no exported constructor and a nested class.
const P = 'geo.Polygon';
const polygon = `instance<${P}>`;
const point = 'value_object<geo.Point>';
const geo = [
  line('value_object', 'geo.Point', { cxx: 'geo::Point', fields: params([['x', 'float64'], ['y', 'float64']]) }),
  line('class', P, { cxx: 'geo::Polygon' }),
  member(P, '', 'new', [['points', `array<${point}>`]], polygon, 'geo::Polygon::Polygon'),
  member(P, 'square', undefined, [['side', 'float64']], polygon, 'geo::Polygon::Polygon'),
  member(P, 'unit', undefined, [], polygon, 'geo::Polygon::unit'),
  member(P, 'area', 'method', [], 'float64', 'geo::Polygon::area'),
  member(P, 'scale', 'method', [['by', 'float64']], 'void', 'geo::Polygon::scale'),
  member(P, 'size', 'get', [], 'int32', 'geo::Polygon::size'),
  member(P, 'name', 'get', [], 'string', 'geo::Polygon::name'),
  member(P, 'name', 'set', [['value', 'string']], 'void', 'geo::Polygon::set_name'),
  member(P, 'label', 'get', [], 'optional<string>', 'geo::Polygon::label'),
  member(P, 'label', 'set', [['value', 'optional<string>']], 'void', 'geo::Polygon::label'),
  member(P, 'scaled', 'method', [['by', 'float64']], polygon, 'geo::Polygon::scaled'),
  member(P, 'overlaps', 'method', [['other', polygon]], 'bool', 'geo::Polygon::overlaps'),
  member(P, 'corner', 'method', [['index', 'int32']], point, 'geo::Polygon::corner'),
  member(P, 'each', 'method', [['visit', `function<${point}, void>`]], 'void', 'geo::Polygon::each'),
  line('class', `${P}.Vertex`, { cxx: 'geo::Polygon::Vertex' }),
  member(`${P}.Vertex`, '', 'new', [['index', 'int32']], `instance<${P}.Vertex>`, 'geo::Polygon::Vertex::Vertex'),
  member(`${P}.Vertex`, 'at', 'get', [], point, 'geo::Polygon::Vertex::at'),
  line('class', 'geo.Shape', { cxx: 'geo::Shape' }),
  member('geo.Shape', 'of', undefined, [['polygon', `instance_or_null<${P}>`]], 'instance<geo.Shape>', 'geo::Shape::of'),
  line('export', 'geo.total_area', { function: 'geo::total_area', params: params([['all', `array<${polygon}>`]]), result: 'float64' }),
  line('export', 'geo.largest', { function: 'geo::largest', params: params([['all', `array<${polygon}>`]]), result: `optional<${polygon}>` }),
  line('import', 'draw', { module: 'Canvas', function: 'draw', params: params([['shape', polygon], ['at', point]]), result: 'void' }),
];

let text;
let project;
before(() => {
  text = declarations(geo, 'app.wasm');
  const files = Object.fromEntries(['classes-good.tsx', 'classes-bad.tsx'].map((file) => [file, readFileSync(join(here, file), 'utf8')]));
  project = tscProject({ 'app.d.ts': text, ...files });
});
after(() => rmSync(project, { recursive: true, force: true }));

test('a class is declared in the namespace of its path, and Exports holds its constructor', () => {
  assert.match(text, /^\/\/\/ <reference lib="esnext.disposable" \/>$/m);
  assert.match(text, /^declare namespace geo \{\n {2}\/\*\* C\+\+ geo::Point \*\/\n {2}interface Point \{\n {4}x: number;\n {4}y: number;\n {2}\}$/m);
  assert.match(text, /^ {2}class Polygon \{\n {4}\/\*\* C\+\+ geo::Polygon::Polygon \*\/\n {4}constructor\(points: readonly geo\.Point\[\]\);$/m);
  assert.match(text, /^ {4}static readonly unit: \(\) => geo\.Polygon;$/m);
  assert.match(text, /^ {4}scale\(by: number\): void;$/m);
  assert.match(text, /^ {4}readonly size: number;$/m);
  assert.match(text, /^ {4}\/\*\* C\+\+ geo::Polygon::name, geo::Polygon::set_name \*\/\n {4}name: string;$/m);
  assert.match(text, /^ {4}get label\(\): string \| null;\n {4}set label\(value: string \| null \| undefined\);$/m);
  assert.match(text, /^ {4}dispose\(\): void;$/m);
  assert.match(text, /^ {4}\[Symbol\.dispose\]\(\): void;$/m);
  assert.match(text, /^ {4}readonly isDisposed: boolean;$/m);
  assert.match(text, /^ {2}namespace Polygon \{\n {4}\/\*\* C\+\+ geo::Polygon::Vertex \*\/\n {4}class Vertex \{$/m);
  assert.match(text, /^ {2}class Shape \{\n {4}\/\*\* No exported constructor: instances come from C\+\+\. \*\/\n {4}private constructor\(\);$/m);
  assert.match(text, /^export type \{ geo \};$/m);
  assert.match(text, /^ {4}readonly Polygon: typeof geo\.Polygon;$/m);
  assert.doesNotMatch(text, /readonly Vertex/, 'a nested class is a static of its class through the merged namespace');
  assert.doesNotMatch(text, /readonly Point/, 'a value object is a type only');
  assert.match(text, /readonly largest: \(all: readonly geo\.Polygon\[\]\) => geo\.Polygon \| null;/);
  assert.match(text, /draw: \(shape: geo\.Polygon, at: geo\.Point\) => void;/);
});

for (const resolution of Object.keys(resolutions)) {
  test(`a consumer of the classes compiles with tsc --strict (${resolution} resolution)`, () => {
    const run = runTsc(project, 'classes-good.tsx', resolution);
    assert.equal(run.status, 0, run.stdout + run.stderr + text);
  });

  test(`wrong uses of the classes fail to compile, each with its error (${resolution} resolution)`, () => {
    const run = runTsc(project, 'classes-bad.tsx', resolution);
    assert.notEqual(run.status, 0, 'classes-bad.tsx compiled');
    assert.deepEqual(reportedErrors(run, 'classes-bad.tsx'), markedErrors(readFileSync(join(here, 'classes-bad.tsx'), 'utf8')), run.stdout);
    assert.match(run.stdout, /Constructor of class 'Polygon\.Vertex'|Constructor of class 'Shape' is private/);
    assert.match(run.stdout, /Cannot assign to 'size' because it is a read-only property/);
  });
}

// tsc --strict compiles `usage` (a .tsx file) against the declarations `declared` (app.d.ts).
function assertCompiles(declared, usage) {
  const folder = tscProject({ 'app.d.ts': declared, 'use.tsx': usage });
  try {
    const run = runTsc(folder, 'use.tsx');
    assert.equal(run.status, 0, run.stdout + declared);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('a namespace that hides the first segment of a path names it through an alias', () => {
  const window = 'app.ui.Window';
  const bindings = [
    line('value_object', 'app.Size', { cxx: 'app::Size', fields: params([['width', 'int32']]) }),
    line('class', window, { cxx: 'app::ui::Window' }),
    member(window, 'size', 'method', [], 'value_object<app.Size>', 'app::ui::Window::size'),
    line('class', 'app.ui.app.Panel', { cxx: 'app::ui::app::Panel' }),
    line('class', 'Top', { cxx: 'Top' }),
    member('Top', 'window', 'get', [], `instance<${window}>`, 'Top::window'),
  ];
  const declared = declarations(bindings, 'app.wasm');
  assert.match(declared, /^ {6}size\(\): jsinterop\$app\.Size;$/m);
  assert.match(declared, /^ {2}readonly window: app\.ui\.Window;$/m);
  assert.match(declared, /^import jsinterop\$app = app;\nexport type \{ app, Top \};$/m);
  const usage = [
    "import type { Exports, Top, app } from './app.js';",
    'export const width = (top: Top): number => top.window.size().width;',
    'export const panel = (exports: Exports): app.ui.app.Panel | null => (exports.Top ? null : null);',
    '',
  ].join('\n');
  assertCompiles(declared, usage);
});

test('a JS path that TypeScript cannot declare, or that would hide a name app.d.ts uses, is refused', () => {
  const refused = {
    'geo.MemoryView': 'would hide the MemoryView that app.d.ts uses',
    Exports: 'would hide the Exports that app.d.ts uses',
    'default.Shape': 'is not a name TypeScript can declare',
    'geo.string': 'is not a name TypeScript can declare',
  };
  for (const [path, problem] of Object.entries(refused)) {
    const cxx = path.replaceAll('.', '::');
    const where = path.startsWith('default') ? 'default' : path;
    assert.throws(() => declarations([line('class', path, { cxx })], 'app.wasm'), {
      message: `jsinterop: the JS path '${where}' of C++ ${cxx} ${problem}; export it under another name`,
    });
  }
  assert.doesNotThrow(() => declarations([line('class', 'geo.Exports', { cxx: 'geo::Exports' })], 'app.wasm'));
});

test('a function at the path of a class, or two classes at one path, are refused as instantiate() refuses them', () => {
  const shape = line('class', 'geo.Shape', { cxx: 'geo::Shape' });
  const atShape = line('export', 'geo.Shape', { function: 'geo::shape', params: [], result: 'void' });
  for (const bindings of [[shape, atShape], [shape, line('class', 'geo.Shape', { cxx: 'geo::other::Shape' })]]) {
    assert.throws(() => declarations(bindings, 'app.wasm'), { message: "jsinterop: two exports at JS path 'geo.Shape', or one under the other" });
  }
});

test("a class named as a global of TypeScript's lib leaves the global to globalThis where it hides it", () => {
  const clock = 'geo.Clock';
  const bindings = [
    line('class', 'geo.Symbol', { cxx: 'parser::Symbol' }),
    member('geo.Symbol', 'name', 'get', [], 'string', 'parser::Symbol::name'),
    line('value_object', 'geo.Date', { cxx: 'geo::Date', fields: params([['day', 'int32']]) }),
    line('class', clock, { cxx: 'geo::Clock' }),
    member(clock, 'now', 'method', [], 'date', 'geo::Clock::now'),
    member(clock, 'later', 'method', [], 'promise<value_object<geo.Date>>', 'geo::Clock::later'),
    member(clock, 'take', 'method', [['ready', 'promise<int32>']], 'void', 'geo::Clock::take'),
    line('class', 'Promise', { cxx: 'Promise' }),
    line('export', 'wait', { function: 'wait', params: [], result: 'promise<int32>' }),
  ];
  const declared = declarations(bindings, 'app.wasm');
  assert.match(declared, /^ {4}now\(\): globalThis\.Date;$/m);
  assert.match(declared, /^ {4}later\(\): globalThis\.Promise<geo\.Date>;$/m);
  assert.match(declared, /^ {4}take\(ready: number \| PromiseLike<number>\): void;$/m, 'no PromiseLike is declared');
  assert.match(declared, /^ {4}\[globalThis\.Symbol\.dispose\]\(\): void;$/m);
  assert.match(declared, /^ {2}readonly wait: \(\) => globalThis\.Promise<number>;$/m);
  const usage = [
    "import type { Exports, geo } from './app.js';",
    'export async function use(exports: Exports, clock: geo.Clock, symbol: geo.Symbol): Promise<number> {',
    '  using held = clock;',
    '  const when: Date = held.now();',
    '  const date: geo.Date = await clock.later();',
    '  clock.take(Promise.resolve(1));',
    '  return when.getTime() + date.day + symbol.name.length + (await exports.wait());',
    '}',
    '',
  ].join('\n');
  assertCompiles(declared, usage);
});
