// issue 17's crossings, engine-neutral part (Node: run.mjs). Measures every row for raw, jsinterop
// and embind in one process, each subject driven from its own call site, and returns the table.
//
// V8 shares type feedback among the closures of one function literal, so every JS function that
// drives or is called by a subject is made from its own source text (new Function, here in the
// benchmark only): no two subjects share a call site or a feedback vector.

export const OPS = 1_000_000; // operations per round
export const ROUNDS = 7; // median of ROUNDS rounds, after one warm-up round (interleaved: see measure)
export const BIG = 1 << 20; // the 1 MB string rows
export const BIG_OPS = 20; // 1 MB strings per round (10^6 of them would take minutes)
export const BINDINGS = 16; // imports add0..add15, exports inc0..inc15

// The JS functions the imports call: one per binding, each from its own source text.
export function jsFunctions() {
  const adds = {};
  for (let i = 0; i < BINDINGS; ++i) adds[`add${i}`] = new Function('a', 'b', `return a + b; // add${i}`);
  return {
    adds,
    takeString: new Function('text', 'return text.length; // takeString'),
    createObject: new Function('return { answer: 41 }; // createObject'),
    createCounter: new Function('return { add(a, b) { return a + b; } }; // createCounter'),
  };
}

// A driver of its own source text: subject `tag`, calling `target` (a function or an array of
// functions called in turn at distinct call sites) `ops` times with argument expression `arg`.
// `call` spells the call of target `name` (the index-th), `step` the statement that adds to `sum`.
export function driver(tag, target, {
  arg = 'i',
  use = (call) => call,
  call = (name) => `${name}(${arg})`,
  step = (name, index) => `sum += ${use(call(name, index))};`,
  bound = {},
} = {}) {
  const targets = Array.isArray(target) ? target : [target];
  const names = targets.map((_, i) => `f${i}`);
  const body = names.map((name, index) => `    ${step(name, index)}`).join('\n');
  const source = `// ${tag}
return function (ops) {
  let sum = 0;
  for (let i = 0; i < ops; i += ${targets.length}) {
${body}
  }
  return sum;
};`;
  return new Function(...names, ...Object.keys(bound), source)(...targets, ...Object.values(bound));
}

// The median of ROUNDS timings of each subject (null: none), in ns per operation, after one warm-up
// round each. The rounds of a row's subjects are interleaved, so that a loaded machine slows them
// alike and their ratios hold better than their absolute figures.
export function measure(subjects, ops, now) {
  const runs = subjects.map((run) => run || null);
  for (const run of runs) run?.(ops);
  const times = runs.map(() => []);
  for (let round = 0; round < ROUNDS; ++round) {
    runs.forEach((run, i) => {
      if (!run) return;
      const start = now();
      run(ops);
      times[i].push(((now() - start) * 1e6) / ops);
    });
  }
  return times.map((t) => (t.length ? t.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] : null));
}

// subjects: { who: run or null }. Checks that they compute the same thing (their results over 16
// operations agree), then measures them: { who: ns per operation or null, ..., mismatch }.
export function compare(subjects, ops, now) {
  const results = Object.entries(subjects).filter(([, run]) => run).map(([who, run]) => [who, run(16)]);
  const disagree = results.some(([, result]) => result !== results[0][1]);
  const mismatch = disagree ? results.map(([who, result]) => `${who} ${result}`).join(', ') : null;
  const times = measure(Object.values(subjects), ops, now);
  return { ...Object.fromEntries(Object.keys(subjects).map((who, i) => [who, times[i]])), mismatch };
}

export const range = (n) => Array.from({ length: n }, (_, i) => i);

// raw: { exports, memory } of the hand-written module; jsi: jsinterop's app.exports.jsi; embind: the
// embind Module or null; now(): milliseconds.
export function runCrossings({ raw, jsi, embind, now, log = () => {} }) {
  const rows = [];
  const row = (name, subjects, options = {}) => {
    log(name);
    rows.push({ name, ...compare(subjects, options.ops ?? OPS, now), ...options });
  };
  // Import rows: the loop runs inside wasm, one JS → wasm call per round.
  const inWasm = (tag, fn) => fn && new Function('f', `// ${tag}\nreturn function (ops) { return f(ops); };`)(fn);
  const importRow = (name, exportName, hasRaw, options) =>
    row(name, {
      raw: hasRaw && inWasm(`raw ${exportName}`, raw.exports[exportName]),
      jsinterop: inWasm(`jsinterop ${exportName}`, jsi[exportName]),
      embind: embind && inWasm(`embind ${exportName}`, embind[exportName]),
    }, options);
  importRow('wasm→JS import `(i32,i32)->i32`', 'int_import', true, { kind: 'import', target: ['raw', 1.1] });
  importRow('4 such imports of one shape, called in turn', 'imports4', true, { target: ['raw', 1.25] });
  importRow('16 such imports of one shape, called in turn', 'imports16', true, { target: ['raw', 1.25] });
  importRow('wasm→JS import with a 5-character string', 'string_import', false, { target: ['rawImport', 4] });
  importRow('`object.set("answer", i)`', 'object_set', false, { target: ['rawImport', 3] });
  importRow('`object.get("answer")`', 'object_get', false, { target: ['rawImport', 3] });
  importRow('create a JS object and read a property', 'create_read', false, { target: ['embind', 0.25] });
  // embind's column is val::call in both rows: it has no declared method.
  importRow('method import `counter.add(i, 1)` (declared)', 'method_import', false, { target: ['rawImport', 1.5] });
  importRow('`counter.call<int>("add", i, 1)` (no declaration)', 'dynamic_call', false, { target: ['embind', 1] });

  // Export rows: the loop runs in JS, one driver per subject.
  const exportRow = (name, pick, options, driverOptions) =>
    row(name, {
      raw: options.hasRaw === false ? null : driver(`raw ${name}`, pick(raw.exports), driverOptions),
      jsinterop: driver(`jsinterop ${name}`, pick(jsi), driverOptions),
      embind: embind && driver(`embind ${name}`, pick(embind), driverOptions),
    }, options);
  exportRow('JS→wasm export `int(int)`', (e) => e.inc, { target: ['raw', 1.1] });
  exportRow('4 `int(int)` exports called in turn', (e) => range(4).map((i) => e[`inc${i}`]), { target: ['raw', 1.5] });
  exportRow('16 `int(int)` exports called in turn', (e) => range(16).map((i) => e[`inc${i}`]), { target: ['raw', 1.5] });
  exportRow('JS→wasm export, string echo (5 chars)', (e) => e.echo, { hasRaw: false, target: ['embind', 0.4] },
    { arg: '"hello"', use: (call) => `${call}.length` });

  // 1 MB strings: raw = TextEncoder.encodeInto / TextDecoder.decode over the same bytes in the raw
  // module's memory (what any binding must at least do).
  const big = 'a'.repeat(BIG);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const scratch = raw.exports.scratch();
  const rawIn = new Function('encoder', 'memory', 'scratch', 'big', `// raw 1 MB in
return function (ops) {
  let sum = 0;
  for (let i = 0; i < ops; ++i) sum += encoder.encodeInto(big, new Uint8Array(memory.buffer, scratch, big.length)).written;
  return sum;
};`)(encoder, raw.exports.memory, scratch, big);
  new Uint8Array(raw.exports.memory.buffer, scratch, BIG).fill(0x61);
  const rawOut = new Function('decoder', 'memory', 'scratch', 'size', `// raw 1 MB out
return function (ops) {
  let sum = 0;
  for (let i = 0; i < ops; ++i) sum += decoder.decode(new Uint8Array(memory.buffer, scratch, size)).length;
  return sum;
};`)(decoder, raw.exports.memory, scratch, BIG);
  jsi.make_big(BIG);
  embind?.make_big(BIG);
  const bigOptions = { ops: BIG_OPS, target: ['raw', 1.5], unit: 'µs' };
  row('1 MB string JS→wasm (raw: `encodeInto`)', {
    raw: rawIn,
    jsinterop: driver('jsinterop 1 MB in', jsi.take_big, { arg: 'big', bound: { big } }),
    embind: embind && driver('embind 1 MB in', embind.take_big, { arg: 'big', bound: { big } }),
  }, bigOptions);
  row('1 MB string wasm→JS (raw: `TextDecoder.decode`)', {
    raw: rawOut,
    jsinterop: driver('jsinterop 1 MB out', jsi.give_big, { arg: '', use: (call) => `${call}.length` }),
    embind: embind && driver('embind 1 MB out', embind.give_big, { arg: '', use: (call) => `${call}.length` }),
  }, bigOptions);
  return rows;
}

// The table, in Markdown, with the ratio of each row against the baseline issue 17 sets for it.
export function formatTable(rows, embindReason) {
  const rawImport = rows[0].raw;
  const fmt = (ns, unit) => (ns === null ? '—' : unit === 'µs' ? `${(ns / 1000).toFixed(0)} µs` : `${ns.toFixed(1)} ns`);
  const lines = [
    '| operation | raw | jsinterop | embind | jsinterop / raw | jsinterop / embind | issue 17 target | met |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | :---: |',
  ];
  for (const r of rows) {
    const ratio = (base) => (base && r.jsinterop !== null ? r.jsinterop / base : null);
    const [baseName, limit] = r.target;
    const base = baseName === 'raw' ? r.raw : baseName === 'embind' ? r.embind : rawImport;
    const against = { raw: 'raw', embind: 'embind', rawImport: 'raw int import' }[baseName];
    const reached = ratio(base);
    const x = (v) => (v === null ? '—' : `${v.toFixed(2)}x`);
    lines.push(`| ${r.name} | ${fmt(r.raw, r.unit)} | ${fmt(r.jsinterop, r.unit)} | ${fmt(r.embind, r.unit)} | ` +
      `${x(baseName === 'rawImport' ? ratio(rawImport) : ratio(r.raw))}${baseName === 'rawImport' ? ' (of raw int import)' : ''} | ` +
      `${x(ratio(r.embind))} | ≤ ${limit}x ${against} | ${reached === null ? '?' : reached <= limit ? 'yes' : 'no'} |`);
  }
  for (const r of rows) if (r.mismatch) lines.push('', `RESULTS DIFFER in "${r.name}": ${r.mismatch}`);
  if (embindReason) lines.push('', `EMBIND COLUMN EMPTY: ${embindReason}`);
  return lines.join('\n');
}
