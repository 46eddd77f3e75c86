// Where jsinterop-clangd and its inputs are, and a scratch project for it: copies of
// test/clangd/*.cpp with a compile_commands.json holding the flags jsinterop-clang++ uses.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const BUILD = resolve(process.env.JSINTEROP_BUILD ?? join(REPO, 'build'));
export const CLANGD = join(BUILD, 'bin', 'jsinterop-clangd');
export const CXX = join(BUILD, 'bin', 'jsinterop-clang++');

export function scratchProject(files = ['good.cpp', 'bad.cpp']) {
  const dir = mkdtempSync(join(tmpdir(), 'jsinterop-clangd-'));
  const commands = files.map((name) => {
    cpSync(join(REPO, 'test/clangd', name), join(dir, name));
    return {
      directory: dir,
      file: join(dir, name),
      arguments: [
        '/usr/lib/llvm-22/bin/clang++', '--target=wasm32-wasip1', `--sysroot=${join(BUILD, 'wasi-sysroot')}`,
        '-fno-exceptions', '-std=c++20', '-isystem', join(REPO, 'runtime/include'), '-c', join(dir, name),
      ],
    };
  });
  writeFileSync(join(dir, 'compile_commands.json'), JSON.stringify(commands, null, 1));
  return dir;
}

// The compiler's own errors for a file (the plugin loaded): [{ line, column, message }], 1-based.
export function compilerErrors(file) {
  let output = '';
  try {
    execFileSync(CXX, ['-fsyntax-only', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    output = e.stderr;
  }
  return [...output.matchAll(/^.*?:(\d+):(\d+): error: (.*)$/gm)].map(([, line, column, message]) => ({
    line: Number(line),
    column: Number(column),
    message,
  }));
}
