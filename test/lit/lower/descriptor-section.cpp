// Each binding's descriptor is a line `<name> <descriptor>` of the custom section
// jsinterop.bindings, where <name> is what its wasm import is called (or its export, after
// `jsinterop_`): 16 hex digits of the descriptor's hash, a name every linker and post-link tool
// accepts. An import's line is written only by a file that uses the import; text outside printable
// ASCII reaches the section as it was written.
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: %bindings %t.wasm | FileCheck %s
// RUN: %cxx -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
#include <jsinterop/jsinterop.h>

[[jsinterop::import("globalThis.used")]] void used_import(int x);
[[jsinterop::import("globalThis.unused")]] void unused_import(int x);
[[jsinterop::import("globalThis.named")]] void café(double x);

// CHECK: {{^}}import [[USED:[0-9a-f]{16}]] {"abi":3,"function":"used_import","kind":"import","params":[{"name":"x","type":"int32"}],"path":"globalThis.used","result":"void"}{{$}}
// CHECK: {{^}}import [[CAFE:[0-9a-f]{16}]] {"abi":3,"function":"café",
// CHECK-NOT: unused
// CHECK-DAG: {{^}}line [[USED]] {"abi":3,"function":"used_import",
// CHECK-DAG: {{^}}line [[CAFE]] {"abi":3,"function":"café",
// CHECK-NOT: unused
// IR-NOT: globalThis.unused
// IR: module asm ".ascii {{.*}}caf\\303\\251
// IR-NOT: globalThis.unused
int main() {
  used_import(1);
  café(2);
}
