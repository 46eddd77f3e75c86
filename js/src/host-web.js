// '#host' outside Node (package.json "imports"): nothing, since source.js imports '#host' in Node
// only. A bundler for the browser includes this file in its place, so the bundle has no Node module.
export {};
