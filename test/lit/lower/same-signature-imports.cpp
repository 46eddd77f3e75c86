// Bindings of one signature share one instantiation of the runtime's marshalling (compiled and
// optimized once), each passing its own function: two imports stay two wasm imports, each C++
// function calls its own, the code written per import is one call, and two exports share one
// dispatcher.
// RUN: %cxx -O0 %s -o %t.wasm
// RUN: %bindings %t.wasm | FileCheck %s
// RUN: %cxx -O2 %s -o %t2.wasm
// RUN: %bindings %t2.wasm | FileCheck %s
// RUN: %cxx -O2 -S -emit-llvm %s -o %t.ll
// RUN: grep -c 'define .*@_ZN9jsinterop6detail11call_import' %t.ll | FileCheck %s --check-prefix=ONE
// RUN: grep -c 'define .*@_ZN9jsinterop6detail11call_export' %t.ll | FileCheck %s --check-prefix=ONE
// RUN: %exports %t2.wasm | FileCheck %s --check-prefix=EXPORTS
// RUN: %run %t2.wasm --module P=%inputs/same-signature.mjs | FileCheck %s --check-prefix=OUT
#include <jsinterop/jsinterop.h>

#include <cstdio>
#include <string>

[[jsinterop::import("three", "P")]] std::string js_three(std::string_view);
[[jsinterop::import("four", "P")]] std::string js_four(std::string_view);
[[jsinterop::export]] std::string five(std::string_view s) { return std::string(s) + "5"; }
[[jsinterop::export]] std::string six(std::string_view s) { return std::string(s) + "6"; }

// CHECK-DAG: {{^}}import {{.*}}"path":"three"
// CHECK-DAG: {{^}}import {{.*}}"path":"four"

// EXPORTS-DAG: {{^}}five{{$}}
// EXPORTS-DAG: {{^}}six{{$}}

// One instantiation of each marshalling template for the four bindings.
// ONE: {{^1$}}

// OUT: three(a) four(b)
int main() {
  std::printf("%s %s\n", js_three("a").c_str(), js_four("b").c_str());
  return 0;
}
