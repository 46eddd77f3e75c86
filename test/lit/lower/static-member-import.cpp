// An import declared as a static member function gets its body like one at namespace scope.
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: %bindings %t.wasm | FileCheck %s
#include <jsinterop/jsinterop.h>

namespace ui {
struct Dom {
  [[jsinterop::import("getElementCount", "DomShim")]] static int element_count(std::string_view selector);
  struct Nested {
    [[jsinterop::import("globalThis.performance.now")]] static double now();
  };
};
} // namespace ui

// CHECK-DAG: import {{[0-9a-f]+}} {"abi":3,"function":"ui::Dom::element_count","kind":"import","module":"DomShim","params":[{"name":"selector","type":"string"}],"path":"getElementCount","result":"int32"}
// CHECK-DAG: import {{[0-9a-f]+}} {"abi":3,"function":"ui::Dom::Nested::now","kind":"import","params":[],"path":"globalThis.performance.now","result":"float64"}
int main() { return ui::Dom::element_count("p") + static_cast<int>(ui::Dom::Nested::now()); }
