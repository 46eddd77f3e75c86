// The arguments of the scoped spellings reach the plugin (Clang drops the arguments of an
// attribute it does not know by its unscoped name): the descriptor of each binding, the line of
// its wasm export or import in the descriptor section, carries them.
// RUN: %cxx -c %s -o %t.o
// RUN: %bindings %t.o > %t.bindings
// RUN: FileCheck %s --check-prefix=EXPORT < %t.bindings
// RUN: FileCheck %s --check-prefix=IMPORT < %t.bindings
// RUN: FileCheck %s --check-prefix=NAMES < %t.bindings
// RUN: wasm-objdump -x -j Export %t.o | FileCheck %s --check-prefix=WASM
#include <jsinterop/jsinterop.h>

// WASM: Export[4]:
// WASM-COUNT-4: -> "jsinterop_{{[0-9a-f]+}}"
// EXPORT-DAG: export jsinterop_{{[0-9a-f]+}} {"abi":3,"function":"cxx_name","kind":"export","params":[{"name":"a","type":"int32"}],"path":"js_name","result":"int32"}{{$}}
[[jsinterop::export("js_name")]] int cxx_name(int a) { return a; }

// Without an argument the path is the C++ qualified name; with one, the last segment is replaced.
// EXPORT-DAG: export {{.*}}"function":"demo::plain","kind":"export",{{.*}}"path":"demo.plain"
// EXPORT-DAG: export {{.*}}"function":"demo::renamed","kind":"export",{{.*}}"path":"demo.shown"
namespace demo {
[[jsinterop::export]] int plain() { return 1; }
[[jsinterop::export("shown")]] int renamed() { return 2; }
} // namespace demo

// IMPORT-DAG: import {{[0-9a-f]+}} {"abi":3,"function":"log_value","kind":"import","module":"PrimitivesShim","params":[{"name":"value","type":"int32"}],"path":"logValueAndType","result":"void"}
[[jsinterop::import("logValueAndType", "PrimitivesShim")]] void log_value(int value);
// IMPORT-DAG: import {{[0-9a-f]+}} {"abi":3,"function":"console_log","kind":"import","params":[{"name":"x","type":"float64"}],"path":"globalThis.console.log","result":"void"}
[[jsinterop::import("globalThis.console.log")]] void console_log(double x);

// The C++ name of the renamed export appears only as its "function".
// NAMES-NOT: "path":"cxx_name"

[[jsinterop::export]] void use() {
  log_value(1);
  console_log(2);
}
