// Compiling test programs to wasm. With a build (env JSINTEROP_BUILD, default <repo>/build) that has
// bin/jsinterop-clang++, that driver; otherwise clang++-22 with the runtime library prebuilt in
// /tmp/t (the setup from before the build had the driver).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const runnerScript = join(repoRoot, 'js/bin/jsinterop-run.js');

const buildDir = process.env.JSINTEROP_BUILD ?? join(repoRoot, 'build');
const driver = join(buildDir, 'bin/jsinterop-clang++');

const compiler = existsSync(driver)
  ? { command: driver, flags: ['-O2'] }
  : {
      command: 'clang++-22',
      flags: [
        '--target=wasm32-wasip1',
        '--sysroot=/tmp/t/sr',
        '-std=c++20',
        '-fno-exceptions',
        '-O2',
        `-I${join(repoRoot, 'runtime/include')}`,
        '-mexec-model=reactor',
      ],
      linkFlags: ['-Wl,--whole-archive', '/tmp/t/libjsinterop-runtime.a', '-Wl,--no-whole-archive'],
    };

let workDir = null;

function outputDir() {
  if (workDir === null) {
    workDir = mkdtempSync(join(tmpdir(), 'jsinterop-test-'));
    process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
  }
  return workDir;
}

// Compiles C++ source text (with the attributes, or the binding ABI written by hand: abi-source.js) into
// <temp>/<name>.wasm and returns its path.
export function compileProgram(sourceText, name) {
  const dir = outputDir();
  const sourcePath = join(dir, `${name}.cpp`);
  const wasmPath = join(dir, `${name}.wasm`);
  writeFileSync(sourcePath, sourceText);
  try {
    execFileSync(compiler.command, [...compiler.flags, sourcePath, '-o', wasmPath, ...(compiler.linkFlags ?? [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(`compiling ${name} failed:\n${error.stderr}`);
  }
  return wasmPath;
}

// A file for a test to write into (a shim module, say), in the same temporary folder.
export function tempPath(fileName) {
  return join(outputDir(), fileName);
}
