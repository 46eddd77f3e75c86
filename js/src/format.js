// JS values as messages show them. Formatting a value for a message never throws, whatever the value
// (an object without toString, a throwing toString, a revoked Proxy, a Symbol): a message about an
// error must not become another error, which would lose the first one.

// String(value), or what the value is when that conversion throws: "[an object without toString]".
export function safeString(value) {
  try {
    return String(value);
  } catch {
    return `[${unprintable(value)}]`;
  }
}

// What a thrown value says: an Error's message, else the value as a string.
export function messageOf(error) {
  try {
    if (error instanceof Error) return safeString(error.message);
  } catch {
    // instanceof or the message getter threw (a Proxy, a getter): the value itself is described
  }
  return safeString(error);
}

// An Error's stack, '' for anything else thrown (or when it cannot be read).
export function stackOf(error) {
  try {
    return error instanceof Error ? safeString(error.stack ?? '') : '';
  } catch {
    return '';
  }
}

// An object or function whose conversion to a string threw (nothing else can throw in String()).
function unprintable(value) {
  const noun = typeof value === 'function' ? 'a function' : 'an object';
  try {
    const callable = (key) => typeof value[key] === 'function';
    if (!callable(Symbol.toPrimitive) && !callable('toString') && !callable('valueOf')) {
      return `${noun} without toString`;
    }
    return `${noun} whose toString threw`;
  } catch (error) {
    // Reading a property threw: a Proxy (a revoked one throws a TypeError saying so) or a getter.
    return isRevocation(error) ? 'a revoked Proxy' : `${noun} whose toString cannot be read`;
  }
}

function isRevocation(error) {
  try {
    return error instanceof TypeError && /revoked/i.test(error.message);
  } catch {
    return false;
  }
}
