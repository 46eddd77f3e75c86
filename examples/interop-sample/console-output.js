// Copies every console.log and console.error line of the page into an element (the sample's
// <pre id="output">), each value shown as Node's console shows it, so that the page's output can
// be compared with expected-output.txt. Used by main.js and by the page of the emcc build's test.
function show(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || typeof value !== 'object') return String(value);
  if (value instanceof Date || value instanceof Error) return String(value);
  const fields = Object.entries(value).map(([key, field]) => {
    if (typeof field === 'function') return `${key}: [Function: ${field.name || key}]`;
    return `${key}: ${typeof field === 'string' ? `'${field}'` : show(field)}`;
  });
  return `{ ${fields.join(', ')} }`;
}

export function copyConsoleTo(output) {
  for (const level of ['log', 'error']) {
    const original = console[level].bind(console);
    console[level] = (...values) => {
      output.textContent += `${values.map(show).join(' ')}\n`;
      original(...values);
    };
  }
}
