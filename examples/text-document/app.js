// The JS app: edits a document with the C++ library (document.h, cursor.h) and prints what it
// does (expected-output.txt). Run from this folder after building text-document.wasm here
// (README.md): node app.js
import { instantiate } from 'jsinterop';

const { text } = (await instantiate('text-document.wasm')).exports;

const where = ({ line, column }) => `line ${line}, column ${column}`;
const show = (doc) => console.log(`--- ${doc.title}${doc.modified ? ' (modified)' : ''} ---\n${doc.text}\n---`);

// Node 20 has Symbol.dispose but not `using` declarations: try/finally disposes of the C++ objects.
const doc = new text.Document('Hello world\nThis is a document.');
const cursor = new text.Cursor();
try {
  doc.title = 'notes.txt';
  show(doc);

  cursor.move(doc, 5);
  cursor.type(doc, ',');
  cursor.lineEnd(doc);
  cursor.type(doc, '!\nA new line.');
  console.log(`typed; the cursor is at ${where(cursor.position)}`);
  show(doc);

  const found = doc.find('document', { line: 0, column: 0 });
  console.log(`"document" is at ${found === null ? 'nowhere' : where(found)}`);
  console.log(`"missing" is at ${doc.find('missing', { line: 0, column: 0 })}`);

  const word = doc.slice({ line: 2, column: 0 }, { line: 2, column: 4 });
  try {
    console.log(`a slice: "${word.text}", ${word.lineCount} line`);
  } finally {
    word.dispose();
  }

  const footer = text.Document.fromLines(['--', 'Signed, C++']);
  try {
    const letter = text.Document.join([doc, footer], '\n');
    try {
      const { lines, words, characters } = letter.stats();
      console.log(`joined with a footer: ${lines} lines, ${words} words, ${characters} characters`);
    } finally {
      letter.dispose();
    }
    doc.append(footer);
  } finally {
    footer.dispose();
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
      console.log(`error: ${error.message}`);
    }
  }
} finally {
  cursor.dispose();
  doc.dispose();
}

// A disposed instance can no longer be used: the runtime says so instead of touching freed memory.
try {
  console.log(doc.text);
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
