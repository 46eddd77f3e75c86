// A TypeScript consumer of the runtime's declarations (js/src/index.d.ts) that must compile with
// `tsc --strict`: runtime-types.test.js compiles it (.tsx: see there why); it never runs.
import { MemoryView, instantiate } from 'jsinterop';
import type { App, ElementKind, ExportedFunction, Exports, InstantiateOptions, OutputSink } from 'jsinterop';

const lines: string[] = [];
const sink: OutputSink = (text) => {
  lines.push(text);
};
const options: InstantiateOptions = {
  modules: { Shim: { now: () => Date.now() }, Other: './other.js' },
  baseUrl: new URL('file:///srv/app/'),
  args: ['--verbose'],
  env: { HOME: '/home/user' },
  programName: 'demo',
  stdout: sink,
  stderr: (text) => console.error(text),
  imports: { extra: { tick: () => 0 } },
};

export async function fromPath(): Promise<number> {
  const app = await instantiate('build/app.wasm', options);
  app.setModuleImports('main.js', { getHref: () => 'file:///' });
  const code: number = await app.run();
  // The runtime does not know the module's exports: navigating them takes a cast.
  const Greeter = (app.exports.demo as Exports).Greeter as Exports;
  const greeting = Greeter.greeting as ExportedFunction;
  const text = greeting('world') as string;
  const handles: number = app.liveHandles;
  const bytes: number = app.heapInUse();
  const pages: number = app.memory.buffer.byteLength / 65536;
  const instance: WebAssembly.Instance = app.instance;
  const module: WebAssembly.Module = app.module;
  console.log(text, handles, bytes, pages, instance, module);
  return code;
}

// From bytes or a compiled module, with the exports' type given by the caller.
interface DemoExports {
  readonly demo: { readonly sum: (view: MemoryView<'int32'>) => number; readonly fill: () => MemoryView<'float64'> };
}

export async function fromBytes(bytes: Uint8Array, compiled: WebAssembly.Module): Promise<void> {
  const fromBuffer: App = await instantiate(bytes.buffer as ArrayBuffer);
  const fromModule: App = await instantiate(compiled, {});
  const app = await instantiate<DemoExports>(bytes);
  const view: MemoryView<'float64'> = app.exports.demo.fill();
  const values: Float64Array = view.slice(0, Math.min(2, view.length));
  view.set([1.5, 2.5], 1);
  view.set(new Float64Array(2));
  const target = new Float64Array(view.length);
  view.copyTo(target);
  const kind: ElementKind = view.elementKind;
  const size: number = view.byteLength;
  view.dispose();
  const disposed: boolean = view.isDisposed;
  const ints = new MemoryView(app.memory, 0, 4, 'int32');
  const sum: number = app.exports.demo.sum(ints);
  const big = new MemoryView(app.memory, 8, 2, 'uint64_bigint');
  big.set([1n, 2n]);
  const bigs: BigUint64Array = big.slice();
  const any: MemoryView = big;
  console.log(fromBuffer, fromModule, values, kind, size, disposed, sum, bigs, any.length);
}
