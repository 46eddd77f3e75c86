// The part of Node's global Buffer the conformance tests use (strings.test.js: UTF-8 bytes as hex, a
// UTF-8 byte length), for a page: emscripten-conformance.test.js injects it where a bundled file
// names the global `Buffer`. TextEncoder, as Buffer.from(text, 'utf8'), writes a lone surrogate as
// U+FFFD. Anything else throws, naming this file.
const unsupported = (what) => {
  throw new Error(`Buffer: ${what} is not in the page's version (test/browser/emscripten-page-buffer.js)`);
};

class PageBuffer extends Uint8Array {
  toString(encoding = 'utf8') {
    if (encoding === 'hex') return Array.from(this, (byte) => byte.toString(16).padStart(2, '0')).join('');
    if (encoding === 'utf8' || encoding === 'utf-8') return new TextDecoder().decode(this);
    return unsupported(`toString('${encoding}')`);
  }
}

function utf8(text, encoding) {
  if (typeof text !== 'string' || !['utf8', 'utf-8', undefined].includes(encoding)) {
    unsupported(`a ${typeof text} in ${encoding}`);
  }
  return new TextEncoder().encode(text);
}

export const Buffer = {
  from: (text, encoding) => {
    const bytes = utf8(text, encoding);
    return new PageBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
  },
  byteLength: (text, encoding) => utf8(text, encoding).length,
};
