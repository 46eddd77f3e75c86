// Shared by the property tests: the number of runs and the seed, how an outcome is compared with
// what the model allows, and the app's counts that must come back after each case.
import assert from 'node:assert/strict';

import { memoryViewParts } from '../../../js/src/memory-view.js';

// `make test` runs a few cases with a fixed seed; `make fuzz` sets JSINTEROP_FUZZ_RUNS (and may set
// JSINTEROP_FUZZ_SEED to replay a case it found).
export function runParameters(testRuns) {
  const runs = Number(process.env.JSINTEROP_FUZZ_RUNS ?? testRuns);
  const seed = Number(process.env.JSINTEROP_FUZZ_SEED ?? (process.env.JSINTEROP_FUZZ_RUNS ? Date.now() : 16));
  return { numRuns: runs, seed, includeErrorInReport: true };
}

// Equal as a crossing keeps it: Object.is for primitives and references, the time of a Date (a date
// crosses as a new Date), element by element for an Array (array<T> makes a new one), the place of
// a MemoryView (a segment crosses as a new view of the same memory).
export function same(actual, expected) {
  if (Object.is(actual, expected)) return true;
  if (is(expected, (value) => value instanceof Date)) {
    return is(actual, (value) => value instanceof Date) && Object.is(actual.getTime(), expected.getTime());
  }
  if (is(expected, Array.isArray)) {
    return is(actual, Array.isArray) && actual.length === expected.length && expected.every((e, i) => same(actual[i], e));
  }
  return false;
}

// test(value), false where it throws (a revoked Proxy).
function is(value, test) {
  try {
    return test(value);
  } catch {
    return false;
  }
}

export function sameView(actual, expected) {
  const a = memoryViewParts(actual);
  const e = memoryViewParts(expected);
  return a !== null && a.memory === e.memory && a.byteOffset === e.byteOffset && a.length === e.length && a.kind === e.kind;
}

// A TypeError naming the export (its JS path) and the parameter.
export function namesParameter(error, path, param) {
  return error instanceof TypeError && error.message.includes(path) && error.message.includes(`'${param}'`);
}

// Runs `call` and says whether what it did is one of `allowed`, in a message that shows both:
// { echo } (returns it), { typeError } (a TypeError naming `path` and `param`), { thrown } (throws
// that very value), { names, cause? } (an Error whose message names an import, with that cause).
export function checkOutcome(call, allowed, { path, param, equal = same }) {
  let outcome;
  try {
    outcome = { returned: call() };
  } catch (error) {
    outcome = { error };
  }
  const fits = allowed.some((allowedOutcome) => {
    if ('echo' in allowedOutcome) return 'returned' in outcome && equal(outcome.returned, allowedOutcome.echo);
    if (!('error' in outcome)) return false;
    if ('typeError' in allowedOutcome) return namesParameter(outcome.error, path, param);
    if ('thrown' in allowedOutcome) return Object.is(outcome.error, allowedOutcome.thrown);
    return (
      outcome.error instanceof Error &&
      outcome.error.message.includes(allowedOutcome.names) &&
      (!('cause' in allowedOutcome) || Object.is(outcome.error.cause, allowedOutcome.cause))
    );
  });
  assert.ok(fits, `${path}: got ${show(outcome)}; allowed: ${allowed.map(show).join(' or ')}`);
  return outcome;
}

// The app's handle and heap counts, with the string return areas emptied first (an export's string
// result stays in memory until the next one: docs/design.md, "Exports"). Under the guarded heap
// (JSINTEROP_GUARDED_HEAP=1), every live block is checked too: a write past one fails the case.
export function counts(app, emptyReturnAreas) {
  app.instance.exports.jsinterop_heap_check?.();
  emptyReturnAreas();
  return { liveHandles: app.liveHandles, heapInUse: app.heapInUse() };
}

export function show(outcome) {
  if ('error' in outcome) return `throws ${describe(outcome.error)}`;
  if ('returned' in outcome) return `returns ${describe(outcome.returned)}`;
  if ('echo' in outcome) return `the echo ${describe(outcome.echo)}`;
  if ('typeError' in outcome) return 'a TypeError naming the export and parameter';
  if ('names' in outcome) return `an Error naming ${outcome.names}${'cause' in outcome ? ` caused by ${describe(outcome.cause)}` : ''}`;
  return `throws that very value (${describe(outcome.thrown)})`;
}

function describe(value) {
  try {
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'string') return JSON.stringify(value);
    if (Object.is(value, -0)) return '-0';
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
    if (value instanceof Date) return `Date(${value.getTime()})`;
    return String(value);
  } catch {
    return `a value (${typeof value}) that cannot be shown`;
  }
}
