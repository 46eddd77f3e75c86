// Wrong uses of the declarations jsinterop-emit-tsd writes for app.cpp: each line marked
// `// error TSnnnn` must fail to compile with that code, and no other line may fail
// (app-types.test.js; .tsx: see runtime-types.test.js why).
import { instantiate } from 'jsinterop';
import type { Exports, Imports } from './app.js';

export async function wrong(wasm: string): Promise<void> {
  const { demo } = (await instantiate<Exports>(wasm)).exports;
  demo.add('1', 2); // error TS2345
  demo.add(1); // error TS2554
  demo.twice(21); // error TS2345
  demo.later(Date.now()); // error TS2345
  demo.sum([1, 2, 3]); // error TS2345
  demo.apply((text: string) => text, 1); // error TS2345
  const name: string = demo.name_of(1); // error TS2322
  const view: Float64Array = demo.sample_buffer(); // error TS2740
  const length: number = demo.later_length('file.txt'); // error TS2322
  demo.missing(); // error TS2339
  const clock: Imports['Clock'] = {}; // error TS2741
  const lookup: Imports['Shim']['lookup'] = (key: number) => key; // error TS2322
  const shapes: Imports['Shapes'] = { Point: (x: number, y: number) => ({ x, y }), unit: 'cm' }; // error TS2322
  console.log(name, view, length, clock, lookup, shapes);
}
