// The C++ test programs shared by several test files, and the JS modules their imports call.
import { PRELUDE, declareImport, exportFunction } from './abi-source.js';

const calcImports = [
  { name: 'js_add', module: 'calc', path: 'add', params: [['a', 'int32'], ['b', 'int32']], result: 'int32' },
  { name: 'js_scale', module: 'calc', path: 'Scaler.scale', params: [['x', 'float64']], result: 'float64' },
  { name: 'js_not', module: 'calc', path: 'not', params: [['value', 'bool']], result: 'bool' },
  {
    name: 'js_describe',
    module: 'calc',
    path: 'describe',
    params: [['text', 'string'], ['count', 'int32'], ['flag', 'bool'], ['ratio', 'float64']],
    result: 'string',
  },
  { name: 'js_repeat', module: 'calc', path: 'repeat', params: [['unit', 'string'], ['count', 'int32']], result: 'string' },
  {
    name: 'js_sum5',
    module: 'calc',
    path: 'sum5',
    params: ['a', 'b', 'c', 'd', 'e'].map((name) => [name, 'int32']),
    result: 'int32',
  },
  { name: 'js_int_result', module: 'calc', path: 'intResult', result: 'int32' },
  { name: 'js_double_result', module: 'calc', path: 'doubleResult', result: 'float64' },
  { name: 'js_bool_result', module: 'calc', path: 'boolResult', result: 'bool' },
  { name: 'js_string_result', module: 'calc', path: 'stringResult', result: 'string' },
  { name: 'js_fail', module: 'calc', path: 'fail' },
  { name: 'js_missing', module: 'calc', path: 'nowhere.fn', result: 'int32' },
  { name: 'js_unregistered', module: 'Unregistered', path: 'fn', result: 'int32' },
  { name: 'js_global', path: 'globalThis.jsinteropTest.twice', params: [['x', 'int32']], result: 'int32' },
  { name: 'js_log', path: 'globalThis.console.log', params: [['text', 'string']] },
];

// Exports that call each import, so that a test reaches one import at a time.
const callers = `
int call_add(int a, int b) { return js_add(a, b); }
double call_scale(double x) { return js_scale(x); }
bool call_not(bool value) { return js_not(value); }
std::string call_describe(std::string_view text, int count, bool flag, double ratio) {
  return js_describe(text, count, flag, ratio);
}
// The length of the string JS returns, or -1 unless it is count copies of unit.
int call_repeat(std::string_view unit, int count) {
  std::string result = js_repeat(unit, count);
  if (result.size() != unit.size() * count) return -1;
  for (std::size_t i = 0; i < result.size(); i += unit.size())
    if (std::string_view(result).substr(i, unit.size()) != unit) return -1;
  return static_cast<int>(result.size());
}
int call_sum5(int a, int b, int c, int d, int e) { return js_sum5(a, b, c, d, e); }
int call_int_result() { return js_int_result(); }
double call_double_result() { return js_double_result(); }
bool call_bool_result() { return js_bool_result(); }
std::string call_string_result() { return js_string_result(); }
void call_fail() { js_fail(); }
int call_missing() { return js_missing(); }
int call_unregistered() { return js_unregistered(); }
int call_global(int x) { return js_global(x); }
`;

const callerExports = [
  { name: 'call_add', path: 'imports.add', params: [['a', 'int32'], ['b', 'int32']], result: 'int32' },
  { name: 'call_scale', path: 'imports.scale', params: [['x', 'float64']], result: 'float64' },
  { name: 'call_not', path: 'imports.not', params: [['value', 'bool']], result: 'bool' },
  {
    name: 'call_describe',
    path: 'imports.describe',
    params: [['text', 'string'], ['count', 'int32'], ['flag', 'bool'], ['ratio', 'float64']],
    result: 'string',
  },
  { name: 'call_repeat', path: 'imports.repeat', params: [['unit', 'string'], ['count', 'int32']], result: 'int32' },
  {
    name: 'call_sum5',
    path: 'imports.sum5',
    params: ['a', 'b', 'c', 'd', 'e'].map((name) => [name, 'int32']),
    result: 'int32',
  },
  { name: 'call_int_result', path: 'imports.intResult', result: 'int32' },
  { name: 'call_double_result', path: 'imports.doubleResult', result: 'float64' },
  { name: 'call_bool_result', path: 'imports.boolResult', result: 'bool' },
  { name: 'call_string_result', path: 'imports.stringResult', result: 'string' },
  { name: 'call_fail', path: 'imports.fail' },
  { name: 'call_missing', path: 'imports.missing', result: 'int32' },
  { name: 'call_unregistered', path: 'imports.unregistered', result: 'int32' },
  { name: 'call_global', path: 'imports.global', params: [['x', 'int32']], result: 'int32' },
];

// Exports of every wire type, both ways.
const typed = `
bool echo_bool(bool value) { return value; }
int echo_int(int value) { return value; }
double echo_double(double value) { return value; }
std::string echo_string(std::string_view value) { return std::string(value); }
int calls = 0;
void touch() { ++calls; }
int touched() { return calls; }
std::string concat(std::string_view a, std::string_view b) { return std::string(a) + std::string(b); }
int byte_length(std::string_view text) { return static_cast<int>(text.size()); }
std::string make_string(int count) { return std::string(static_cast<std::size_t>(count), 'x'); }
std::string mix(bool flag, int count, double ratio, std::string_view text) {
  return std::string(flag ? "yes" : "no") + "/" + std::to_string(count) + "/" + std::to_string(ratio) + "/" +
         std::string(text);
}
int sum6(int a, int b, int c, int d, int e, int f) { return a + b + c + d + e + f; }
`;

const typedExports = [
  { name: 'echo_bool', path: 'types.echoBool', params: [['value', 'bool']], result: 'bool' },
  { name: 'echo_int', path: 'types.echoInt', params: [['value', 'int32']], result: 'int32' },
  { name: 'echo_double', path: 'types.echoDouble', params: [['value', 'float64']], result: 'float64' },
  { name: 'echo_string', path: 'types.echoString', params: [['value', 'string']], result: 'string' },
  { name: 'touch', path: 'types.touch' },
  { name: 'touched', path: 'types.touched', result: 'int32' },
  { name: 'concat', path: 'types.concat', params: [['a', 'string'], ['b', 'string']], result: 'string' },
  { name: 'byte_length', path: 'types.byteLength', params: [['text', 'string']], result: 'int32' },
  { name: 'make_string', path: 'types.makeString', params: [['count', 'int32']], result: 'string' },
  {
    name: 'mix',
    path: 'types.mix',
    params: [['flag', 'bool'], ['count', 'int32'], ['ratio', 'float64'], ['text', 'string']],
    result: 'string',
  },
  { name: 'sum6', path: 'sum6', params: ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => [name, 'int32']), result: 'int32' },
];

// main does what its first argument names, so that run() can be tested scenario by scenario.
const main = `
int main(int argc, char **argv) {
  std::string_view scenario = argc > 1 ? argv[1] : "";
  if (scenario == "args") {
    for (int i = 0; i < argc; ++i) std::printf("argv[%d]=%s\\n", i, argv[i]);
    const char *greeting = std::getenv("GREETING");
    std::printf("GREETING=%s\\n", greeting ? greeting : "(unset)");
    return argc;
  }
  if (scenario == "exit") std::exit(std::atoi(argv[2]));
  if (scenario == "fail") js_fail();
  if (scenario == "int-result") return js_int_result();
  if (scenario == "trap") __builtin_trap();
  if (scenario == "print") {
    std::printf("printf 1\\n");
    js_log("console.log 2");
    std::printf("printf 3\\n");
    js_log("console.log 4");
    std::fprintf(stderr, "to stderr\\n");
    std::printf("unterminated");
  }
  if (scenario == "return") return std::atoi(argv[2]);
  return 0;
}
`;

export const bindingsProgram = [
  PRELUDE,
  ...calcImports.map(declareImport),
  callers,
  typed,
  main,
  ...[...callerExports, ...typedExports].map(exportFunction),
].join('\n');

// The JS module behind the "calc" imports. `results` sets what the *Result functions return.
export function calcModule(results = {}) {
  return {
    add: (a, b) => a + b,
    Scaler: {
      factor: 2.5,
      scale(x) {
        return x * this.factor; // `this` is the object that holds the function
      },
    },
    not: (value) => !value,
    describe: (text, count, flag, ratio) =>
      `${text}|${typeof count}:${count}|${typeof flag}:${flag}|${typeof ratio}:${ratio}`,
    repeat: (unit, count) => unit.repeat(count),
    sum5: (a, b, c, d, e) => a + b + c + d + e,
    intResult: () => results.int,
    doubleResult: () => results.double,
    boolResult: () => results.bool,
    stringResult: () => results.string,
    fail: () => {
      throw new RangeError('calc.fail failed');
    },
  };
}
