// EventsShim: the JS functions that EventsInterop.cpp imports. In a browser it uses the page's
// buttons; in Node (no `document`) a tiny fake DOM from FakeDom.js.
const doc = globalThis.document ?? (await import('./FakeDom.js')).document;

// Wraps the C++ callback in a JS function and returns it: removeEventListener needs that same
// function later.
export function subscribeEventById(elementId, eventName, listenerFunc) {
  const handler = (event) => listenerFunc(event.type, event.target.id);
  doc.getElementById(elementId).addEventListener(eventName, handler, false);
  return handler;
}

export function unsubscribeEventById(elementId, eventName, listenerHandler) {
  doc.getElementById(elementId).removeEventListener(eventName, listenerHandler, false);
}

export function triggerClick(elementId) {
  doc.getElementById(elementId).click();
}

export function getElementById(elementId) {
  return doc.getElementById(elementId);
}

export function subscribeEvent(element, eventName, listenerFunc) {
  const handler = (event) => listenerFunc(event);
  element.addEventListener(eventName, handler, false);
  return handler;
}

export function unsubscribeEvent(element, eventName, listenerHandler) {
  element.removeEventListener(eventName, listenerHandler, false);
}
