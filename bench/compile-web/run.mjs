// Issue 20 item 5: what including the generated Web API costs. Compiles examples/hello/hello.cpp (-c -O2)
// as it is, and with `#include <jsinterop/web/dom.h>` first and a function that calls ten of its members
// at the end, RUNS times each, alternating (so that the
// machine's load hits both alike), and prints the median wall and CPU (user + system) times, the median
// of the paired CPU ratios (each run with the header over the run without it just before) and the
// target: under 1.5x. The header is the build's (<build>/include), or generated into a temporary folder.
// Usage: node bench/compile-web/run.mjs BUILD_DIR [RUNS]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [build, runs = '9'] = process.argv.slice(2);
if (!build) {
  console.error('usage: run.mjs BUILD_DIR [RUNS]');
  process.exit(1);
}
const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'jsinterop-compile-web-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

let include = join(build, 'include');
if (!existsSync(join(include, 'jsinterop/web/dom.h'))) {
  include = join(work, 'include');
  execFileSync('node', [join(repo, 'tools/gen-web.mjs'), '--out', include]);
}
const header = join(include, 'jsinterop/web/dom.h');
const hello = readFileSync(join(repo, 'examples/hello/hello.cpp'), 'utf8');
const sources = { without: join(work, 'hello.cpp'), with: join(work, 'hello-web.cpp') };
writeFileSync(sources.without, hello);
// Ten members of the Web API, as a page calls them.
const tenMembers = `
void use_the_web() {
  using namespace jsinterop::web;
  Document doc = document();
  Element item = doc.create_element("li");
  item.set_text_content("an item");
  item.set_attribute("class", "todo");
  item.add_event_listener("click", [](Event event) { event.stop_propagation(); });
  doc.body()->append_child(item);
  window().local_storage().set_item("todo", "an item");
}
`;
writeFileSync(sources.with, `#include <jsinterop/web/dom.h>\n${hello}${tenMembers}`);
const driver = join(build, 'bin/jsinterop-clang++');

// One compile: [wall s, CPU s] of the compiler (the driver's children).
function compile(source) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', driver, '-c', '-O2', '--no-emit-tsd', '-isystem', include, source,
    '-o', join(work, 'out.o')], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`compiling ${source} failed:\n${r.stderr}`);
  const [user, system] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return [wall, user + system];
}

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
compile(sources.with); // warms the file cache; fails early on an error
const times = { without: [], with: [] };
for (let i = 0; i < Number(runs); ++i) {
  times.without.push(compile(sources.without));
  times.with.push(compile(sources.with));
}
const column = (which, i) => median(times[which].map((t) => t[i]));
const paired = median(times.with.map((t, i) => t[1] / times.without[i][1]));
const imports = (readFileSync(header, 'utf8').match(/^\[\[jsinterop::import/gm) ?? []).length;

console.log(`\nCompile time of examples/hello (-c -O2) without, and with <jsinterop/web/dom.h> and ten of its members ` +
  `(${Math.round(statSync(header).size / 1024)} KB, ${imports} imports): ${runs} runs each, alternating\n`);
const row = (...cells) => console.log(`| ${cells.map((c, i) => (i ? String(c).padStart(16) : String(c).padEnd(26))).join(' | ')} |`);
row('', 'median wall s', 'median CPU s', 'paired CPU ratio');
row('-'.repeat(26), `${'-'.repeat(15)}:`, `${'-'.repeat(15)}:`, `${'-'.repeat(15)}:`);
row('hello.cpp', column('without', 0).toFixed(3), column('without', 1).toFixed(3), '');
row('with the Web API', column('with', 0).toFixed(3), column('with', 1).toFixed(3), '');
row('ratio (target < 1.5x)', `${(column('with', 0) / column('without', 0)).toFixed(2)}x`,
  `${(column('with', 1) / column('without', 1)).toFixed(2)}x`, `${paired.toFixed(2)}x`);
