// The JS module main.cpp imports from.
export function fullName(first) {
  return first === 'Ada' ? 'Ada Lovelace' : first;
}
