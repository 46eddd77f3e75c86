// The JS app (app.js) in TypeScript, checked against the declarations the driver writes next to the
// module (text-document.d.ts): `tsc -p .` compiles it to out/app.js, which prints the same. Run
// from this folder: node out/app.js
import { instantiate } from 'jsinterop';
import type { Exports, text } from './text-document.js';

const { text: library } = (await instantiate<Exports>('text-document.wasm')).exports;

const where = ({ line, column }: text.Position): string => `line ${line}, column ${column}`;
const show = (doc: text.Document): void =>
  console.log(`--- ${doc.title}${doc.modified ? ' (modified)' : ''} ---\n${doc.text}\n---`);

// tsc compiles `using` for Node 20 (which has Symbol.dispose but not the syntax): each C++ object
// is disposed of at the end of its block, also when the block throws.
let finished: text.Document;
{
  using doc = new library.Document('Hello world\nThis is a document.');
  using cursor = new library.Cursor();
  doc.title = 'notes.txt';
  show(doc);

  cursor.move(doc, 5);
  cursor.type(doc, ',');
  cursor.lineEnd(doc);
  cursor.type(doc, '!\nA new line.');
  console.log(`typed; the cursor is at ${where(cursor.position)}`);
  show(doc);

  const found: text.Position | null = doc.find('document', { line: 0, column: 0 });
  console.log(`"document" is at ${found === null ? 'nowhere' : where(found)}`);
  console.log(`"missing" is at ${doc.find('missing', { line: 0, column: 0 })}`);

  {
    using word = doc.slice({ line: 2, column: 0 }, { line: 2, column: 4 });
    console.log(`a slice: "${word.text}", ${word.lineCount} line`);
  }

  {
    using footer = library.Document.fromLines(['--', 'Signed, C++']);
    using letter = library.Document.join([doc, footer], '\n');
    const { lines, words, characters }: text.Stats = letter.stats();
    console.log(`joined with a footer: ${lines} lines, ${words} words, ${characters} characters`);
    doc.append(footer);
  }

  cursor.position = { line: 1, column: 0 };
  cursor.move(doc, -1);
  console.log(`erased ${JSON.stringify(doc.erase(cursor.position, { line: 1, column: 11 }))}`);
  doc.markSaved();
  show(doc);

  // Errors the C++ library returns (jsinterop::result) arrive as thrown Errors.
  for (const attempt of [() => doc.line(7), () => doc.insert({ line: 0, column: 99 }, '?')]) {
    try {
      attempt();
    } catch (error) {
      console.log(`error: ${(error as Error).message}`);
    }
  }
  finished = doc;
}

// A disposed instance can no longer be used: the runtime says so instead of touching freed memory.
try {
  console.log(finished.text);
} catch (error) {
  console.log(`${(error as Error).name}: ${(error as Error).message}`);
}
