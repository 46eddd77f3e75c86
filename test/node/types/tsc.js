// Compiling TypeScript consumers with the repository's tsc (npm typescript, a devDependency) in a
// temporary project that has the runtime linked as node_modules/jsinterop, as an installed package.
// Not a test (node --test loads it and finds none).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tsc = join(repoRoot, 'node_modules/.bin/tsc');

// Node resolution for a Node consumer, bundler resolution for a browser one. The WebAssembly and
// URL types come from the "dom" lib.
export const resolutions = {
  nodenext: ['--module', 'nodenext', '--moduleResolution', 'nodenext'],
  bundler: ['--module', 'esnext', '--moduleResolution', 'bundler'],
};
const common = ['--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--types', '', '--pretty', 'false'];

// A new project folder (an ES module package) holding `files` ({ name: text }); the caller removes it.
export function tscProject(files = {}) {
  assert.ok(existsSync(tsc), 'tsc is not installed: typescript is a devDependency (npm ci, or tools/install-deps)');
  const project = mkdtempSync(join(tmpdir(), 'jsinterop-types-'));
  writeFileSync(join(project, 'package.json'), '{ "private": true, "type": "module" }\n');
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(join(repoRoot, 'js'), join(project, 'node_modules/jsinterop'), 'dir');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(project, name), text);
  return project;
}

// tsc --strict on a file of the project; returns its run (status, stdout).
export function runTsc(project, file, resolution = 'nodenext', extra = ['--noEmit']) {
  const run = spawnSync(tsc, [...common, ...resolutions[resolution], ...extra, file], { cwd: project, encoding: 'utf8' });
  assert.equal(run.error, undefined);
  return run;
}

// The errors a consumer's source marks (a line ending in `// error TS2345`), and the ones tsc
// reported for it (top-level diagnostics only: explanations are indented), each as 'LINE TSNNNN'.
export const markedErrors = (source) =>
  source.split('\n').flatMap((line, index) => {
    const mark = /\/\/ error (TS\d+)$/.exec(line);
    return mark === null ? [] : [`${index + 1} ${mark[1]}`];
  });
export const reportedErrors = (run, file) =>
  [...run.stdout.matchAll(new RegExp(`^${file.replaceAll('.', '\\.')}\\((\\d+),\\d+\\): error (TS\\d+):`, 'gm'))].map(
    ([, line, code]) => `${line} ${code}`,
  );
