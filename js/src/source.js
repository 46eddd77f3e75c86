// Turning what instantiate() is given into a compiled WebAssembly.Module, in Node and in browsers.
// Node's modules are reached through '#host' (host-node.js, package.json "imports"), imported only in
// Node: this file also loads in a browser unbundled, and a browser bundle holds no Node module.

export const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

const nodeHost = () => import('#host');

const DEFAULT_NAME = 'app.wasm';

// source: a URL (string or URL object), a file path (Node), bytes (ArrayBuffer or a view), or a
// WebAssembly.Module. Returns the module and a name for messages and argv[0].
export async function loadModule(source) {
  if (source instanceof WebAssembly.Module) return { module: source, name: DEFAULT_NAME };
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return { module: await WebAssembly.compile(source), name: DEFAULT_NAME };
  }
  if (source instanceof URL) return loadUrl(source);
  if (typeof source === 'string') {
    if (isNode && !/^(https?|file):/i.test(source)) return loadFile(source);
    return loadUrl(new URL(source, baseUrl()));
  }
  throw new TypeError(
    'jsinterop: instantiate() takes a URL, a file path, bytes or a WebAssembly.Module, ' +
      `got ${source === null ? 'null' : typeof source}`,
  );
}

async function loadUrl(url) {
  if (url.protocol === 'file:' && isNode) return loadFile(url);
  const name = lastSegment(url.pathname);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`jsinterop: could not fetch ${url}: ${response.status} ${response.statusText}`);
  // compileStreaming insists on the wasm MIME type; a server that sends another still works, slower.
  const isWasm = response.headers.get('content-type')?.startsWith('application/wasm');
  const module = isWasm && WebAssembly.compileStreaming
    ? await WebAssembly.compileStreaming(response)
    : await WebAssembly.compile(await response.arrayBuffer());
  return { module, name };
}

const loadFile = async (file) => (await nodeHost()).loadFile(file);

// Relative URLs are relative to the page (or the worker's script).
const baseUrl = () => globalThis.document?.baseURI ?? globalThis.location?.href;

function lastSegment(path) {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? DEFAULT_NAME;
}

// A module given to options.modules or jsinterop-run --module as a string, or to the intrinsic
// import_module: an absolute URL (node:fs too); else relative to `base` (options.baseUrl) when given;
// else in Node a file from the working directory or a package (host-node.js: moduleUrl; a one-letter
// scheme is a Windows drive), in a browser a URL relative to the page.
export async function importModule(specifier, base = undefined) {
  if (/^[a-z][a-z0-9+.-]+:/i.test(specifier)) return import(specifier);
  if (base !== undefined) return import(new URL(specifier, base).href);
  if (isNode) return import(await (await nodeHost()).moduleUrl(specifier));
  return import(new URL(specifier, baseUrl()).href);
}
