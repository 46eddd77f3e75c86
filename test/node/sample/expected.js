// Compares a program's output with examples/interop-sample/expected-output.txt (its format is
// described at the top of that file: "# " comments, "~ " regular expressions, exact lines).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const sampleDir = fileURLToPath(new URL('../../../examples/interop-sample/', import.meta.url));

export function expectedLines() {
  return readFileSync(new URL('expected-output.txt', `file://${sampleDir}`), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('# '));
}

export function assertMatchesExpected(output) {
  const actual = output.replace(/\n$/, '').split('\n');
  const expected = expectedLines();
  const count = Math.max(actual.length, expected.length);
  for (let i = 0; i < count; i++) {
    const want = expected[i];
    const got = actual[i];
    const where = `line ${i + 1}\n--- output ---\n${output}`;
    assert.notEqual(got, undefined, `missing ${where}`);
    assert.notEqual(want, undefined, `unexpected extra ${where}`);
    if (want.startsWith('~ ')) {
      assert.match(got, new RegExp(`^(?:${want.slice(2)})$`), where);
    } else {
      assert.equal(got, want, where);
    }
  }
}
