// The shim of lower/same-signature-imports.cpp: two functions of one signature, told apart.
export const three = (text) => `three(${text})`;
export const four = (text) => `four(${text})`;
