// Two imports with one C++ signature stay two wasm imports, and each C++ function calls its own:
// the raw imports are template arguments of call_import, so they need distinct names.
// RUN: %cxx -O0 %s -o %t.wasm
// RUN: wasm-objdump -x -j Import %t.wasm | FileCheck %s
// RUN: %cxx -O2 %s -o %t2.wasm
// RUN: wasm-objdump -x -j Import %t2.wasm | FileCheck %s
#include <jsinterop/jsinterop.h>

[[jsinterop::import("three", "P")]] int js_three(int);
[[jsinterop::import("four", "P")]] int js_four(int);

// CHECK-DAG: "path":"three"
// CHECK-DAG: "path":"four"
int main() { return js_three(1) + js_four(2); }
