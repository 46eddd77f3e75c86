// make bench: the interop sample's benchmark (examples/interop-sample/JSObjectBenchmark.cpp) in Node
// and in headless Chromium, RUNS times each, next to the seed's .NET figures, with the ratio .NET / C++.
// Usage: node bench/sample/run.mjs BUILD_DIR [RUNS]
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

import { hasChromium, openSampleBrowser } from '../../test/browser/chromium.js';
import { sampleDir } from '../../test/node/sample/expected.js';

const buildDir = resolve(process.argv[2] ?? 'build');
const runs = Number(process.argv[3] ?? 3);
// The seed article's figures (ms per operation) for its four benchmark lines, in order.
const rows = [
  ['interop call', 0.000254],
  ['no interop', 0.000021],
  ['interop with object creation', 0.002169],
  ['no interop, with object creation', 0.000109],
];
const TARGET = 10; // at least 10x below .NET on the two interop rows

// The four "... at X ms per operation" figures of one run's output.
function figures(output) {
  const found = [...output.matchAll(/elapsed time: [0-9.]+ seconds at ([0-9.]+) ms per operation/g)].map((m) => Number(m[1]));
  if (found.length !== 4) throw new Error(`expected 4 benchmark lines, got ${found.length}:\n${output}`);
  return found;
}

function nodeRun() {
  const run = spawnSync(join(buildDir, 'bin/jsinterop-run'), [join(buildDir, 'examples/interop-sample.wasm')], {
    cwd: sampleDir,
    env: { ...process.env, TZ: 'America/New_York' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the sample failed in Node (${run.status}): ${run.stderr}`);
  return figures(run.stdout);
}

const results = { Node: [] };
for (let i = 0; i < runs; ++i) results.Node.push(nodeRun());
if (hasChromium) {
  results.Chromium = [];
  const browser = await openSampleBrowser(buildDir);
  try {
    for (let i = 0; i < runs; ++i) {
      const { exitCode, output } = await browser.runSample();
      if (exitCode !== '0') throw new Error(`the sample failed in Chromium (${exitCode}):\n${output}`);
      results.Chromium.push(figures(output));
    }
  } finally {
    await browser.close();
  }
} else {
  console.log('(no /usr/bin/chromium: Node only)');
}

const ns = (ms) => `${(ms * 1e6).toFixed(0)} ns`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`\nThe sample's benchmark, ${runs} runs each (per operation; ratio = .NET / C++ median)`);
console.log(`| operation | .NET (seed) | ${Object.keys(results).map((engine) => `C++ ${engine} (runs) | ratio`).join(' | ')} |`);
console.log(`| --- | ---: | ${Object.keys(results).map(() => '---: | ---:').join(' | ')} |`);
let missed = false;
rows.forEach(([name, dotnet], row) => {
  const cells = Object.values(results).map((all) => {
    const values = all.map((run) => run[row]);
    const ratio = dotnet / median(values);
    if (row % 2 === 0 && ratio < TARGET) missed = true;
    return `${values.map(ns).join(', ')} | ${ratio.toFixed(1)}x`;
  });
  console.log(`| ${name} | ${ns(dotnet)} | ${cells.join(' | ')} |`);
});
console.log(`\nTarget: the interop rows at least ${TARGET}x below .NET: ${missed ? 'missed' : 'met'} (medians).`);
