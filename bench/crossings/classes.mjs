// issue 21's classes, engine-neutral part (run.mjs, page.mjs): a method call on an exported instance,
// instances made and disposed, a value object both ways, each beside a free export of the same work
// (jsinterop's) and embind's class_, every subject driven from its own call site (crossings.mjs).
import { OPS, compare, driver, range } from './crossings.mjs';

// The instances of the row without dispose() wait for the collector; fewer of them per round.
export const KEPT_OPS = 100_000;
// issue 21: a method call costs no more than this times a free export of the same parameters.
export const METHOD_TARGET = 1.2;

// jsi: jsinterop's app.exports.jsi; embind: the embind Module or null; now(): milliseconds.
export function runClasses({ jsi, embind, now, log = () => {} }) {
  const rows = [];
  const row = (name, subjects, options = {}) => {
    log(name);
    rows.push({ name, ...compare(subjects, options.ops ?? OPS, now), ...options });
  };
  const method = { call: (name) => `${name}.add(i)` };
  const onEach = (made, tag, options) => made && driver(tag, made, options);

  row('method `counter.add(i)` (`int add(int) const`) vs `add(i, 1)`', {
    free: driver('free add', jsi.add, { arg: 'i, 1' }),
    jsinterop: driver('jsinterop Counter.add', new jsi.Counter(1), method),
    embind: onEach(embind && new embind.Counter(1), 'embind Counter.add', method),
  }, { target: METHOD_TARGET });

  // The same work as the method: the free export reads a global `base` (1) as the method reads base_.
  row('method `counter.add(i)` vs `add_to_base(i)` (reads a global, as the method reads `base_`)', {
    free: driver('free add_to_base', jsi.add_to_base),
    jsinterop: driver('jsinterop Counter.add, beside add_to_base', new jsi.Counter(1), method),
    embind: onEach(embind && new embind.Counter(1), 'embind Counter.add, beside add_to_base', method),
  }, { target: METHOD_TARGET });

  // Many bindings of one shape: V8 shares feedback among the closures of one function literal.
  const instances = (module) => range(16).map((k) => new module[`Counter${k}`](k));
  row('16 classes of one shape, `add(i)` on each in turn, vs 16 free exports', {
    free: driver('free add0..15', range(16).map((k) => jsi[`add${k}`]), { call: (name, k) => `${name}(i, ${k})` }),
    jsinterop: driver('jsinterop Counter0..15.add', instances(jsi), method),
    embind: onEach(embind && instances(embind), 'embind Counter0..15.add', method),
  }, { target: METHOD_TARGET });

  // The free column makes and destroys the same C++ object through two free exports, its address an int.
  row('`new Counter(i)` + `dispose()` (embind: `delete()`), vs `counter_new` + `counter_delete`', {
    free: driver('free counter_new + counter_delete', jsi.counter_new, {
      bound: { destroy: jsi.counter_delete },
      step: (name) => `destroy(${name}(i)); sum += 1;`,
    }),
    jsinterop: driver('jsinterop new + dispose', jsi.Counter, { step: (name) => `new ${name}(i).dispose(); sum += 1;` }),
    embind: onEach(embind?.Counter, 'embind new + delete', { step: (name) => `new ${name}(i).delete(); sum += 1;` }),
  });

  // Both finalize what the collector takes: jsinterop's FinalizationRegistry, embind's for smart
  // pointers only (3.1.6 registers no other instance), hence its Kept class made by make_shared.
  // The destructor runs from the event loop, after the round: what is timed is the making, the
  // registration and the collector's work during the loop.
  row('`new Counter(i)` left to the collector (embind: a `shared_ptr` class)', {
    free: null,
    jsinterop: driver('jsinterop new, kept', jsi.Counter, { step: (name) => `new ${name}(i); sum += 1;` }),
    embind: onEach(embind?.Kept, 'embind new, kept', { step: (name) => `new ${name}(i); sum += 1;` }),
  }, { ops: KEPT_OPS });

  const shift = { call: (name) => `${name}.shift({ x: i, y: 1 })`, use: (call) => `${call}.x` };
  row('value object: `counter.shift({ x: i, y: 1 }).x` vs `shift({ x: i, y: 1 }, 1).x`', {
    free: driver('free shift', jsi.shift, { arg: '{ x: i, y: 1 }, 1', use: shift.use }),
    jsinterop: driver('jsinterop Counter.shift', new jsi.Counter(1), shift),
    embind: onEach(embind && new embind.Counter(1), 'embind Counter.shift', shift),
  }, { target: METHOD_TARGET });
  return rows;
}

// The table, in Markdown: each row's jsinterop class figure over the free export's and over embind's.
export function formatClasses(rows, embindReason) {
  const ns = (value) => (value === null ? '—' : `${value.toFixed(1)} ns`);
  const x = (value) => (value === null ? '—' : `${value.toFixed(2)}x`);
  const over = (base, value) => (base && value !== null ? value / base : null);
  const lines = [
    '| operation | free export | jsinterop class | embind class_ | class / free | class / embind | issue 21 target | met |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | :---: |',
  ];
  for (const r of rows) {
    const reached = over(r.free, r.jsinterop);
    const met = r.target === undefined ? '—' : reached === null ? '?' : reached <= r.target ? 'yes' : 'no';
    lines.push(`| ${r.name} | ${ns(r.free)} | ${ns(r.jsinterop)} | ${ns(r.embind)} | ${x(reached)} | ` +
      `${x(over(r.embind, r.jsinterop))} | ${r.target === undefined ? '—' : `≤ ${r.target}x free`} | ${met} |`);
  }
  for (const r of rows) if (r.mismatch) lines.push('', `RESULTS DIFFER in "${r.name}": ${r.mismatch}`);
  if (embindReason) lines.push('', `EMBIND COLUMN EMPTY: ${embindReason}`);
  return lines.join('\n');
}
