// make bench: ns per call of jsinterop imports against hand-written raw wasm imports, measured in
// the same run. Usage: node calls.mjs calls.wasm
import { instantiate } from '../js/src/index.js';

const CALLS = 2_000_000;
const ROUNDS = 7;

let memory = null;
const decoder = new TextDecoder();
const app = await instantiate(process.argv[2], {
  modules: {
    Bench: {
      add: (a, b) => a + b,
      takeString: (text) => text.length,
    },
  },
  imports: {
    bench: {
      raw_add: (a, b) => a + b,
      // The baseline a careful hand-written binding gets: decode the bytes, use the string.
      raw_take_string: (data, size) => decoder.decode(new Uint8Array(memory.buffer, data, size)).length,
    },
  },
});
memory = app.memory;

// The median of ROUNDS timings after a warm-up, in ns per call.
function measure(run) {
  run(CALLS); // warm-up: lets the engine tier up both sides
  const times = [];
  for (let round = 0; round < ROUNDS; ++round) {
    const start = process.hrtime.bigint();
    run(CALLS);
    times.push(Number(process.hrtime.bigint() - start) / CALLS);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(ROUNDS / 2)];
}

const { bench } = app.exports;
const rows = [
  ['(int, int) -> int import', measure(bench.int_import), measure(bench.raw_int_import), 1.25],
  ['5-character string import', measure(bench.string_import), measure(bench.raw_string_import), null],
];

const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(line(['call', 'jsinterop ns', 'raw import ns', 'ratio', 'target']));
console.log(line(['---', '---:', '---:', '---:', '---:']));
let missed = false;
for (const [name, ours, raw, target] of rows) {
  const ratio = ours / raw;
  if (target !== null && ratio > target) missed = true;
  console.log(line([name, ours.toFixed(2), raw.toFixed(2), `${ratio.toFixed(2)}x`, target ? `≤ ${target}x` : '—']));
}
console.log(`\n${CALLS.toLocaleString('en')} calls per round, median of ${ROUNDS} rounds, Node ${process.version}`);
if (missed) console.log('target missed');
