// JSObjectShim: the JS functions that JSObjectInterop.cpp imports.
// Node only: prints the object on one line, as a browser console does (Node breaks at 80 columns).
// It sits on the prototype, not in the literal: a computed key in the literal made every object a
// slow one, costing the benchmark more than the interop it measures.
const nodeInspect = Symbol.for('nodejs.util.inspect.custom');

class ExampleObject {
  constructor() {
    this.name = 'Example JS Object';
    this.answer = 41;
    this.question = null;
    this.summarize = function () {
      return `Question: "${this.question}" Answer: ${this.answer}`;
    };
  }

  [nodeInspect](_depth, options, inspect) {
    return inspect({ ...this }, { ...options, breakLength: Infinity });
  }
}

export function createObject() {
  return new ExampleObject();
}

export function incrementAnswer(object) {
  object.answer += 1;
}

// C++ reaches an instance method through a function that takes the instance.
export function summarize(object) {
  return object.summarize();
}
