// An editor's session with jsinterop-clangd over stdio (LSP): open a file with misuses, get the
// compiler's diagnostics and the fix-its as code actions, fix the file, see the diagnostics go;
// hover, go-to-definition and completion on jsinterop functions; shutdown.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';

import { CLANGD, compilerErrors, scratchProject } from './clangd-env.js';

// A minimal LSP client: Content-Length framing, requests with ids, notifications by method.
class Client {
  constructor(args, cwd) {
    this.proc = spawn(CLANGD, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.notifications = [];
    this.stderr = '';
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    this.proc.stdout.on('data', (d) => this.receive(d));
  }

  receive(data) {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString());
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(message);
    }
  }

  dispatch(message) {
    if (message.id !== undefined && this.pending.has(message.id) && !message.method) {
      const { resolve, reject } = this.pending.get(message.id);
      this.pending.delete(message.id);
      return message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result);
    }
    if (message.id !== undefined && message.method) // a request from the server: accept it
      return this.send({ jsonrpc: '2.0', id: message.id, result: null });
    this.notifications.push(message);
    this.waiters = this.waiters.filter((w) => !w(message));
  }

  send(message) {
    const body = Buffer.from(JSON.stringify(message));
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  // The next notification that satisfies accept (including ones already received and unclaimed).
  waitFor(accept, what, timeout = 120_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}\n${this.stderr}`)), timeout);
      const waiter = (m) => {
        if (!accept(m)) return false;
        clearTimeout(timer);
        resolve(m);
        return true;
      };
      const index = this.notifications.findIndex((m) => accept(m) && !m.claimed);
      if (index >= 0) {
        clearTimeout(timer);
        this.notifications[index].claimed = true;
        return resolve(this.notifications[index]);
      }
      this.waiters.push((m) => {
        const taken = waiter(m);
        if (taken) m.claimed = true;
        return taken;
      });
    });
  }

  diagnostics(uri, version) {
    return this.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version,
      `diagnostics of ${uri} version ${version}`,
    ).then((m) => m.params.diagnostics);
  }
}

const dir = scratchProject();
const badPath = join(dir, 'bad.cpp');
const uri = pathToFileURL(badPath).href;
const badText = readFileSync(badPath, 'utf8');
let client;

// Position of the n-th occurrence of needle in text, as LSP counts (0-based line, UTF-16 column).
function positionOf(text, needle, n = 0) {
  let offset = -1;
  for (let i = 0; i <= n; ++i) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1).length };
}

function applyEdits(text, edits) {
  const lines = text.split('\n');
  const offset = ({ line, character }) =>
    lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

before(async () => {
  client = new Client([`--compile-commands-dir=${dir}`, '--background-index=false', '--log=error'], dir);
  const init = await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {
      textDocument: {
        publishDiagnostics: { relatedInformation: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        hover: { contentFormat: ['plaintext'] },
      },
    },
  });
  assert.ok(init.capabilities.codeActionProvider);
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cpp', version: 1, text: badText } });
});

after(async () => {
  if (!client) return;
  await client.request('shutdown', null);
  client.notify('exit', null);
  await new Promise((resolve) => client.proc.on('exit', resolve));
});

let diagnostics;
let fixed;

// clangd words a diagnostic as clang does, capitalised, with " (fixes available)" when it has them;
// its range is the whole source range clang gives, which holds the compiler's caret.
function asCompiler(d) {
  const message = d.message.split('\n')[0].replace(/ \(fixes available\)$/, '');
  return message[0].toLowerCase() + message.slice(1);
}

function contains(range, line, column) {
  const at = (p) => p.line * 1e6 + p.character;
  const point = at({ line: line - 1, character: column - 1 });
  return at(range.start) <= point && point <= at(range.end);
}

test('publishDiagnostics: the compiler\'s errors at the compiler\'s places, and nothing else', async () => {
  diagnostics = await client.diagnostics(uri, 1);
  const expected = compilerErrors(badPath);
  assert.equal(expected.length, 2);
  const dump = JSON.stringify(diagnostics, null, 1);
  assert.deepEqual(diagnostics.map(asCompiler), expected.map((e) => e.message), dump);
  expected.forEach(({ line, column }, i) => assert.ok(contains(diagnostics[i].range, line, column), dump));
  assert.ok(diagnostics.every((d) => d.severity === 1), dump);
});

test('code actions: the marshal_as fix-its of the 64-bit result', async () => {
  const int64 = diagnostics.find((d) => /marshal_as/.test(d.message));
  const actions = await client.request('textDocument/codeAction', {
    textDocument: { uri },
    range: int64.range,
    context: { diagnostics: [int64] },
  });
  const edits = actions.filter((a) => a.edit?.changes?.[uri]);
  const inserted = edits.flatMap((a) => a.edit.changes[uri].map((e) => e.newText));
  assert.ok(inserted.includes('[[jsinterop::marshal_as("number")]] '), JSON.stringify(actions));
  assert.ok(inserted.includes('[[jsinterop::marshal_as("bigint")]] '));
  const number = edits.find((a) => a.edit.changes[uri].some((e) => e.newText.includes('"number"')));
  fixed = applyEdits(badText, number.edit.changes[uri]).replace('std::string_view text) {}', 'std::string_view text);');
});

test('didChange that fixes the errors: the diagnostics clear', async () => {
  client.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: fixed }],
  });
  assert.deepEqual(await client.diagnostics(uri, 2), []);
});

test('go-to-definition on a call to an import lands on the user\'s declaration', async () => {
  const result = await client.request('textDocument/definition', {
    textDocument: { uri },
    position: positionOf(fixed, 'console_log("from C++")'),
  });
  const locations = Array.isArray(result) ? result : [result];
  assert.equal(locations.length, 1, JSON.stringify(result));
  assert.equal(locations[0].uri, uri);
  assert.deepEqual(locations[0].range.start, positionOf(fixed, 'console_log(std::string_view'));
});

test('hover on an imported function shows its declaration', async () => {
  const hover = await client.request('textDocument/hover', {
    textDocument: { uri },
    position: positionOf(fixed, 'date_now() % 2'),
  });
  const text = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
  assert.match(text, /date_now/);
  assert.match(text, /int64_t|long long/);
  assert.doesNotMatch(text, /annotate|\x1f/);
});

test('completion offers the imported functions', async () => {
  const edited = fixed.replace('  return static_cast', '  console_\n  return static_cast');
  client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: edited }] });
  const position = positionOf(edited, 'console_\n');
  position.character += 'console_'.length;
  const completion = await client.request('textDocument/completion', { textDocument: { uri }, position });
  const labels = (Array.isArray(completion) ? completion : completion.items).map((i) => i.filterText ?? i.label);
  assert.ok(labels.some((l) => l.includes('console_log')), JSON.stringify(labels));
});
