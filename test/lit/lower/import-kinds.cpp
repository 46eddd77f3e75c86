// An import kind is the descriptor's "call" ("method", "new", "get", "set"; none for a function),
// with "receiver": true when it reaches into its first parameter (a method, a getter of one
// parameter, a setter of two), and the import is lowered as any other: a typed wasm import.
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: %bindings %t.wasm | FileCheck %s
#include <jsinterop/jsinterop.h>
#include <string>

struct Element : jsinterop::object {
  using object::object;
};

[[jsinterop::import("appendChild"), jsinterop::method]] Element append_child(Element parent, Element child);
[[jsinterop::import("URL"), jsinterop::constructor]] jsinterop::object new_url(std::string_view href);
[[jsinterop::import("id"), jsinterop::getter]] std::string id_of(const Element &element);
[[jsinterop::import("id"), jsinterop::setter]] void set_id(const Element &element, std::string_view id);
[[jsinterop::import("document.title"), jsinterop::getter]] std::string title();
[[jsinterop::import("Date.now")]] double now();

// CHECK-DAG: import {{[0-9a-f]+}} {"abi":3,"call":"method","function":"append_child","kind":"import","params":[{"name":"parent","type":"object"},{"name":"child","type":"object"}],"path":"appendChild","receiver":true,"result":"object"}{{$}}
// CHECK-DAG: import {{[0-9a-f]+}} {"abi":3,"call":"new","function":"new_url","kind":"import","params":[{"name":"href","type":"string"}],"path":"URL","result":"object"}{{$}}
// CHECK-DAG: import {{[0-9a-f]+}} {"abi":3,"call":"get","function":"id_of","kind":"import","params":[{"name":"element","type":"object"}],"path":"id","receiver":true,"result":"string"}{{$}}
// CHECK-DAG: import {{[0-9a-f]+}} {"abi":3,"call":"set","function":"set_id","kind":"import","params":[{"name":"element","type":"object"},{"name":"id","type":"string"}],"path":"id","receiver":true,"result":"void"}{{$}}
// CHECK-DAG: import {{[0-9a-f]+}} {"abi":3,"call":"get","function":"title","kind":"import","params":[],"path":"document.title","result":"string"}{{$}}
// CHECK-DAG: import {{[0-9a-f]+}} {"abi":3,"function":"now","kind":"import","params":[],"path":"Date.now","result":"float64"}{{$}}
[[jsinterop::export]] double use(Element parent, Element child) {
  Element body = append_child(parent, child);
  set_id(body, id_of(body) + title());
  new_url("x");
  return now();
}
