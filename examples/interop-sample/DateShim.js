// DateShim: the JS functions that DateInterop.cpp imports.
export function incrementDay(date) {
  const next = new Date(date);
  next.setDate(next.getDate() + 1);
  return next;
}

// Date's toString(): the date in the host's local time zone.
export function logValueAndType(value) {
  console.log(`Date: ${value}`);
}
