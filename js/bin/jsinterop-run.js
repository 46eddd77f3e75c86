#!/usr/bin/env node
// jsinterop-run app.wasm [--module NAME=path/to/shim.js]... [-- program args]
// Runs a jsinterop program in Node and exits with its exit code. A --module is a file, a package or a
// built-in (node:fs), found as instantiate()'s options.modules and host::import_module find it.
import { messageOf } from '../src/format.js';
import { instantiate } from '../src/index.js';
import { cxxFrames, isFault, nameSectionModuleName } from '../src/runtime.js';

const USAGE =
  'usage: jsinterop-run app.wasm [--module NAME=path/to/shim.js|package|node:module]... [-- program args]';

class UsageError extends Error {}

function parseArguments(argv) {
  const modules = [];
  let wasmPath;
  let index = 0;
  for (; index < argv.length && argv[index] !== '--'; index++) {
    const argument = argv[index];
    if (argument === '--module') {
      const value = argv[++index];
      const separator = value?.indexOf('=') ?? -1;
      if (separator <= 0 || separator === value.length - 1) {
        throw new UsageError('--module takes NAME=path (or NAME=package)');
      }
      modules.push([value.slice(0, separator), value.slice(separator + 1)]);
    } else if (argument.startsWith('-')) {
      throw new UsageError(`unknown option ${argument}`);
    } else if (wasmPath === undefined) {
      wasmPath = argument;
    } else {
      throw new UsageError(`unexpected argument ${argument} (program arguments go after --)`);
    }
  }
  if (wasmPath === undefined) throw new UsageError('no module to run');
  return { wasmPath, modules, programArgs: argv.slice(index + 1) };
}

// How many C++ frames a fault's report shows (a run of one function counts once).
const SHOWN_FRAMES = 12;

// The message, the cause's, and for a fault of the C++ code (a trap, abort(), ...) where it
// happened: the C++ functions on its stack, innermost first. Never throws, whatever was thrown.
function printFailure(error, module) {
  process.stderr.write(`${messageOf(error)}\n`);
  let cause;
  try {
    cause = error?.cause;
  } catch {
    cause = undefined;
  }
  if (cause !== undefined) process.stderr.write(`  cause: ${messageOf(cause)}\n`);
  if (!isFault(error)) return;
  const frames = cxxFrames(error, module === undefined ? '' : nameSectionModuleName(module));
  const runs = [];
  for (const name of frames) {
    if (runs.at(-1)?.name === name) runs.at(-1).count++;
    else runs.push({ name, count: 1 });
  }
  if (runs.length === 0) return;
  process.stderr.write('  C++ stack:\n');
  for (const { name, count } of runs.slice(0, SHOWN_FRAMES)) {
    process.stderr.write(`    at ${name}${count > 1 ? ` (${count} calls)` : ''}\n`);
  }
  // The engine keeps Error.stackTraceLimit frames: a stack that long may go on.
  if (runs.length > SHOWN_FRAMES || frames.length >= Error.stackTraceLimit) process.stderr.write('    ...\n');
}

// A stack overflow's report shows what recursed and what called it.
Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 50);

async function main(argv) {
  let options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`jsinterop-run: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  let app;
  try {
    const modules = Object.fromEntries(options.modules);
    app = await instantiate(options.wasmPath, { modules, args: options.programArgs });
    return await app.run();
  } catch (error) {
    printFailure(error, app?.module);
    return 1;
  }
}

// exitCode rather than exit(): output still being written and work main started finish first.
process.exitCode = await main(process.argv.slice(2));
