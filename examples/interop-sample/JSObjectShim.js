// JSObjectShim: the JS functions that JSObjectInterop.cpp imports.
export function createObject() {
  return {
    name: 'Example JS Object',
    answer: 41,
    question: null,
    summarize() {
      return `Question: "${this.question}" Answer: ${this.answer}`;
    },
    // Node only: print the object on one line, as a browser console does (Node breaks at 80 columns).
    [Symbol.for('nodejs.util.inspect.custom')](_depth, options, inspect) {
      const { [Symbol.for('nodejs.util.inspect.custom')]: _, ...fields } = this;
      return inspect(fields, { ...options, breakLength: Infinity });
    },
  };
}

export function incrementAnswer(object) {
  object.answer += 1;
}

// C++ reaches an instance method through a function that takes the instance.
export function summarize(object) {
  return object.summarize();
}
