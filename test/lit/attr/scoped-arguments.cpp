// The arguments of the scoped spellings reach the plugin (Clang drops the arguments of an
// attribute it does not know by its unscoped name): the descriptor of each binding, the name of
// its wasm export or import, carries them.
// RUN: %cxx -c %s -o %t.o
// RUN: wasm-objdump -x -j Export %t.o | FileCheck %s --check-prefix=EXPORT
// RUN: wasm-objdump -x -j Import %t.o | FileCheck %s --check-prefix=IMPORT
// RUN: wasm-objdump -x -j Export %t.o | FileCheck %s --check-prefix=NAMES
#include <jsinterop/jsinterop.h>

// EXPORT: Export[4]:
// EXPORT-DAG: -> "{"abi":2,"function":"cxx_name","kind":"export","params":[{"name":"a","type":"int32"}],"path":"js_name","result":"int32"}"
[[jsinterop::export("js_name")]] int cxx_name(int a) { return a; }

// Without an argument the path is the C++ qualified name; with one, the last segment is replaced.
// EXPORT-DAG: "function":"demo::plain","kind":"export",{{.*}}"path":"demo.plain"
// EXPORT-DAG: "function":"demo::renamed","kind":"export",{{.*}}"path":"demo.shown"
namespace demo {
[[jsinterop::export]] int plain() { return 1; }
[[jsinterop::export("shown")]] int renamed() { return 2; }
} // namespace demo

// IMPORT-DAG: <- jsinterop.{"abi":2,"function":"log_value","kind":"import","module":"PrimitivesShim","params":[{"name":"value","type":"int32"}],"path":"logValueAndType","result":"void"}
[[jsinterop::import("logValueAndType", "PrimitivesShim")]] void log_value(int value);
// IMPORT-DAG: <- jsinterop.{"abi":2,"function":"console_log","kind":"import","params":[{"name":"x","type":"float64"}],"path":"globalThis.console.log","result":"void"}
[[jsinterop::import("globalThis.console.log")]] void console_log(double x);

// The C++ name of the renamed export appears only as its "function".
// NAMES-NOT: "path":"cxx_name"

[[jsinterop::export]] void use() {
  log_value(1);
  console_log(2);
}
