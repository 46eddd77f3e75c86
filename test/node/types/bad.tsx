// Wrong uses of the runtime's declarations: each line marked `// error TSnnnn` must fail to compile
// with that code, and no other line may fail (runtime-types.test.js; .tsx: see there why).
import { MemoryView, instantiate } from 'jsinterop';

export async function wrong(bytes: Uint8Array): Promise<void> {
  await instantiate(bytes, { args: '--verbose' }); // error TS2322
  await instantiate(bytes, { stdout: (text: number) => console.log(text) }); // error TS2322
  await instantiate(bytes, { modules: { Shim: 42 } }); // error TS2322
  await instantiate(42); // error TS2345
  const app = await instantiate(bytes);
  const code: string = await app.run(); // error TS2322
  app.liveHandles = 0; // error TS2540
  app.exports.demo.Greeter.greeting(); // error TS2339
  const view = new MemoryView(app.memory, 0, 4, 'int32');
  view.set(['1']); // error TS2322
  const copy: Uint8Array = view.slice(); // error TS2322
  new MemoryView(app.memory, 0, 4, 'int24'); // error TS2345
  console.log(code, copy);
}
