// A TypeScript consumer of the declarations jsinterop-emit-tsd writes for app.cpp (app.d.ts): it must
// compile with `tsc --strict`, and app-types.test.js also runs what tsc emits from it against the
// module, so the declared types are the ones the module really takes and gives (.tsx: see
// runtime-types.test.js why).
import { MemoryView, instantiate } from 'jsinterop';
import type { Exports, Imports } from './app.js';

const logged: string[] = [];

// What the module's imports call; `Imports` has no globalThis.console.log, which the environment gives.
const shim: Imports['Shim'] = {
  text: { format: (pattern, count) => pattern.replace('{}', String(count)) },
  // C++ imports `log` twice, with a string and with a double: one JS function takes both.
  log: (value: string | number) => {
    logged.push(String(value));
  },
  every: (ms, tick) => tick(ms),
  fill: (bytes) => bytes.set([1, 2, 3, 4]),
  load: async (url) => `text of ${url}`,
  lookup: (key) => (key === 'key' ? 7 : null),
  query: Object.assign((selector: string) => selector.length, { escape: (text: string) => `\\${text}` }),
};
const clock: Imports['Clock'] = { now: () => new Date(0) };
// C++ constructs Point and calls its norm method (a method import, which `Imports` leaves out), and
// writes and reads unit.
class Point {
  constructor(readonly x: number, readonly y: number) {}
  norm(): number {
    return Math.hypot(this.x, this.y);
  }
}
const shapes: Imports['Shapes'] = { Point, unit: null };

export async function main(wasm: string): Promise<unknown[]> {
  const app = await instantiate<Exports>(wasm, { modules: { Shim: shim, Clock: clock, Shapes: shapes } });
  const { demo } = app.exports;
  const numbers: number = demo.add(1, 2) + demo.scale(1.5, 2) + demo.size_of(8) + demo.Counter.next();
  const big: bigint = demo.twice(21n);
  const flag: boolean = demo.negate(false);
  const letter: string = demo.initial('jsinterop');
  const when: Date = demo.later(new Date(0));
  const name: string | null = demo.name_of(42);
  const none: string | null = demo.name_of(null);
  const lengths: number[] = demo.lengths(['a', 'bb'] as const);
  const sum: number = demo.sum(new Int32Array([1, 2, 3]));
  const buffer: MemoryView<'float64'> = demo.sample_buffer();
  const samples: Float64Array = buffer.slice();
  const length: number = await demo.later_length('file.txt');
  const applied: number = demo.apply((value) => value * 10, 4);
  const greeting: string = demo.greeter()('TS');
  const first: unknown = demo.first_key({ first: 'one' });
  const quotient: number = demo.checked_div(7, 2) + demo.first_of(5, 9);
  const code: number = await app.run();
  return [numbers, big, flag, letter, when.getTime(), name, none, lengths, sum, [...samples], length, applied, greeting, first, quotient, code, logged];
}
