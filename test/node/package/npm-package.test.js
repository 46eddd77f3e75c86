// Issue 18, item 3: the JS runtime as an npm package. `npm pack` in js/ makes a tarball that holds
// every file its package.json names; installed (offline, from the file) into a copy of
// test/consumer/npm/, it runs a program through `import { instantiate } from 'jsinterop'` and through
// the installed jsinterop-run bin, and esbuild bundles the consumer's browser entry with no externals
// and no Node module in it. The bundle's size (minified, minified + gzip) is reported.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';

import { compileProgram, repoRoot } from '../lib/toolchain.js';

const consumerDir = join(repoRoot, 'test/consumer/npm');
const packageDir = join(repoRoot, 'js');

let scratch; // the tarball, npm's cache and the consumer project
let project;
let packed; // npm pack's report: filename, files, size, unpackedSize
let wasmPath;

// npm with its cache in the scratch folder, never asking the network.
function npm(args, cwd) {
  return execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--cache', join(scratch, 'npm-cache')], {
    cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
}

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'jsinterop-npm-'));
  project = join(scratch, 'project');
  cpSync(consumerDir, project, { recursive: true });
  wasmPath = compileProgram(readFileSync(join(consumerDir, 'app.cpp'), 'utf8'), 'npm-consumer');
  [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], packageDir));
  npm(['install', '--ignore-scripts', join(scratch, packed.filename)], project);
});

after(() => rmSync(scratch, { recursive: true, force: true }));

// Every path a package.json field names (exports and imports with their conditions, bin, types).
function namedFiles(field) {
  if (typeof field === 'string') return [field.replace(/^\.\//, '')];
  return Object.values(field ?? {}).flatMap(namedFiles);
}

test('the tarball holds every file package.json names, and only the runtime', () => {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const files = packed.files.map(({ path }) => path);
  for (const named of ['exports', 'imports', 'bin', 'types'].flatMap((key) => namedFiles(manifest[key]))) {
    assert.ok(files.includes(named), `${named} (named in js/package.json) is not in the tarball: ${files.join(', ')}`);
  }
  assert.ok(files.includes('src/index.d.ts'), 'the TypeScript declarations are in the tarball');
  for (const path of files) assert.match(path, /^(src\/|bin\/|package\.json$|README\.md$)/);
  // npm installed a copy of the tarball, not a link to js/.
  assert.ok(lstatSync(join(project, 'node_modules/jsinterop')).isDirectory());
});

test("Node: `import { instantiate } from 'jsinterop'` in the consumer runs the program", () => {
  const missing = join(scratch, 'missing.txt');
  const { status, stdout, stderr } = spawnSync(
    process.execPath, ['main.mjs', wasmPath, 'Ada', `file:${wasmPath}`, `file:${missing}`],
    { cwd: project, encoding: 'utf8' },
  );
  assert.equal(stderr, '');
  assert.equal(status, 0);
  assert.equal(stdout,
    `Hello, Ada, from the greeting package\n${wasmPath} exists\n${missing} is missing\napp.add(2, 3) = 5\n`);
});

test('the installed jsinterop-run bin runs it, with a package and a Node built-in as --module', () => {
  // The bin as npm linked it: its #! line finds node on the PATH.
  const { status, stdout, stderr } = spawnSync(
    join(project, 'node_modules/.bin/jsinterop-run'),
    [wasmPath, '--module', 'Greeting=greeting', '--module', 'Fs=node:fs', '--', 'Grace', `file:${project}/main.mjs`],
    { cwd: project, encoding: 'utf8', env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}` } },
  );
  assert.equal(stderr, '');
  assert.equal(status, 0);
  assert.equal(stdout, `Hello, Grace, from the greeting package\n${project}/main.mjs exists\n`);
});

test('esbuild bundles the browser entry with no externals and no Node module; the bundle runs', async (t) => {
  const esbuild = await import('esbuild'); // a devDependency of the repository (npm ci)
  const { outputFiles, metafile, warnings } = await esbuild.build({
    entryPoints: ['browser.mjs'], absWorkingDir: project, bundle: true, minify: true, format: 'esm',
    platform: 'browser', write: false, metafile: true, logLevel: 'silent',
  });
  assert.deepEqual(warnings, []);
  const inputs = Object.keys(metafile.inputs);
  assert.ok(inputs.includes('node_modules/jsinterop/src/index.js'), inputs.join(', '));
  assert.ok(inputs.includes('node_modules/jsinterop/src/host-web.js'), inputs.join(', '));
  assert.ok(!inputs.some((input) => input.includes('host-node')), inputs.join(', '));
  const [output] = Object.values(metafile.outputs);
  assert.deepEqual(output.imports, []);
  const bundle = outputFiles[0].contents;
  assert.doesNotMatch(Buffer.from(bundle).toString(), /node:/);

  const gzip = gzipSync(bundle).length;
  t.diagnostic(`browser bundle (the runtime + browser.mjs): ${bundle.length} bytes minified, ${gzip} bytes minified + gzip`);
  t.diagnostic(`npm tarball: ${packed.size} bytes, ${packed.unpackedSize} unpacked, ${packed.files.length} files`);

  // Run in Node, from bytes: the bundle has no way to read a file, nor needs one.
  const bundlePath = join(scratch, 'bundle.mjs');
  writeFileSync(bundlePath, bundle);
  const { start } = await import(pathToFileURL(bundlePath).href);
  let printed = '';
  const code = await start(readFileSync(wasmPath), (text) => {
    printed += text;
  });
  assert.equal(code, 0);
  assert.equal(printed, 'Hello, browser, from the page\napp.add(2, 3) = 5\n');
});
