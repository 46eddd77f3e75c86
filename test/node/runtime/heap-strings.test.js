// heap.js reads a short string through a cache of recent strings keyed by its bytes: whatever was
// read before, at whatever address, every read gives exactly the string the bytes spell.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import fc from 'fast-check';

import { Heap } from '../../../js/src/heap.js';

const runs = Number(process.env.JSINTEROP_FUZZ_RUNS ?? 300);

function heapWithMemory() {
  const heap = new Heap();
  const memory = new WebAssembly.Memory({ initial: 1 });
  heap.attach(memory);
  return { heap, bytes: new Uint8Array(memory.buffer) };
}

const encoder = new TextEncoder();
// Strings of up to 12 code points, mostly ASCII (the cached kind), some not.
const text = fc.string({ unit: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...'abAB01 \u007f') }, fc.constantFrom('é', '😀', '\u0000')), maxLength: 12 });

test('every read of a short string gives the string its bytes spell, whatever was read before', () => {
  const { heap, bytes } = heapWithMemory();
  fc.assert(
    fc.property(fc.array(fc.record({ text, at: fc.integer({ min: 0, max: bytes.length - 64 }), junk: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 40 }), (reads) => {
      for (const { text: value, at, junk } of reads) {
        bytes.fill(junk, at, at + 64); // bytes past the string must not matter
        const { written } = encoder.encodeInto(value, bytes.subarray(at));
        assert.equal(heap.readString(at, written), value);
      }
    }),
    { numRuns: runs },
  );
});

test('strings that differ only past their length, or only in length, are told apart', () => {
  const { heap, bytes } = heapWithMemory();
  bytes.set(encoder.encode('abcdefgh'), 100);
  for (let length = 0; length <= 8; length++) assert.equal(heap.readString(100, length), 'abcdefgh'.slice(0, length));
  bytes[103] = 0x78;
  assert.equal(heap.readString(100, 3), 'abc');
  assert.equal(heap.readString(100, 4), 'abcx');
});

test('a short string at the very end of memory is read too', () => {
  const { heap, bytes } = heapWithMemory();
  bytes.set(encoder.encode('xyz'), bytes.length - 3);
  assert.equal(heap.readString(bytes.length - 3, 3), 'xyz');
  assert.equal(heap.readString(bytes.length, 0), '');
});

// An export's string argument goes to the argument area while it has room, else to jsinterop_alloc;
// a runtime library without an area (older, of the same ABI) gets every argument from jsinterop_alloc.
test('string arguments: the argument area while it has room, jsinterop_alloc after, or without one', () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const allocated = [];
  const jsinterop_alloc = (size) => {
    allocated.push(size);
    return 4096 * allocated.length;
  };
  const withArea = new Heap();
  withArea.attach(memory, { jsinterop_alloc, jsinterop_argument_area: () => 100, jsinterop_argument_area_end: () => 120 });
  assert.equal(withArea.writeArgumentString('hello'), 100);
  assert.equal(withArea.written, 5);
  assert.equal(withArea.argumentTop, 105, 'only the bytes written stay taken');
  assert.equal(withArea.writeArgumentString('héllo!'), 4096, 'no room for 3 bytes per unit: allocated');
  assert.deepEqual(allocated, [18]);
  assert.equal(withArea.readString(4096, withArea.written), 'héllo!');
  assert.equal(withArea.argumentTop, 105);

  const withoutArea = new Heap();
  withoutArea.attach(memory, { jsinterop_alloc });
  assert.equal(withoutArea.writeArgumentString('hi'), 8192);
  assert.equal(withoutArea.readString(8192, withoutArea.written), 'hi');
});
