// A string parameter crosses as address and byte length; a string result through a slot whose
// address is the raw import's first parameter.
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: wasm-objdump -x -j Import %t.wasm > %t.dump
// RUN: wasm-objdump -x -j Type %t.wasm >> %t.dump
// RUN: %bindings %t.wasm >> %t.dump
// RUN: FileCheck %s < %t.dump
#include <jsinterop/jsinterop.h>
#include <string>

[[jsinterop::import("globalThis.console.log")]] void console_log(std::string_view text);
[[jsinterop::import("globalThis.shout")]] std::string shout(const std::string &text, int times);

// CHECK-DAG: sig=[[LOG:[0-9]+]] <__jsinterop_import.{{.*}}console_log{{.*}}> <- jsinterop.[[LOG_NAME:[0-9a-f]{16}]]
// CHECK-DAG: sig=[[SHOUT:[0-9]+]] <__jsinterop_import.{{.*}}shout{{.*}}> <- jsinterop.[[SHOUT_NAME:[0-9a-f]{16}]]
// CHECK: Type[
// CHECK-DAG: - type[[[LOG]]] (i32, i32) -> nil
// CHECK-DAG: - type[[[SHOUT]]] (i32, i32, i32, i32) -> nil
// CHECK-DAG: import [[LOG_NAME]] {"abi":3,"function":"console_log","kind":"import","params":[{"name":"text","type":"string"}],"path":"globalThis.console.log","result":"void"}{{$}}
// CHECK-DAG: import [[SHOUT_NAME]] {"abi":3,"function":"shout","kind":"import","params":[{"name":"text","type":"string"},{"name":"times","type":"int32"}],"path":"globalThis.shout","result":"string"}{{$}}
int main() {
  console_log(shout("hi", 2));
  return 0;
}
