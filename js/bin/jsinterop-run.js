#!/usr/bin/env node
// jsinterop-run app.wasm [--module NAME=path/to/shim.js]... [-- program args]
// Runs a jsinterop program in Node and exits with its exit code.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { instantiate } from '../src/index.js';

const USAGE = 'usage: jsinterop-run app.wasm [--module NAME=path/to/shim.js]... [-- program args]';

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
      if (separator <= 0 || separator === value.length - 1) throw new UsageError('--module takes NAME=path');
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

function printFailure(error) {
  process.stderr.write(`${error?.message ?? error}\n`);
  if (error?.cause !== undefined) process.stderr.write(`  cause: ${error.cause?.message ?? error.cause}\n`);
}

async function main(argv) {
  let options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`jsinterop-run: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const modules = {};
    for (const [name, path] of options.modules) {
      modules[name] = await import(pathToFileURL(resolve(path)).href);
    }
    const app = await instantiate(options.wasmPath, { modules, args: options.programArgs });
    return await app.run();
  } catch (error) {
    printFailure(error);
    return 1;
  }
}

// exitCode rather than exit(): output still being written and work main started finish first.
process.exitCode = await main(process.argv.slice(2));
