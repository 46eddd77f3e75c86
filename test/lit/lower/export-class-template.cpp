// A class template's specialization is exported by an alias, `using Name [[jsinterop::export]] =
// Template<Arguments>;`: the class Name in the template's namespace (export("Other") renames it),
// whose members are the template's exported ones, instantiated. A specialization no alias exports
// keeps none of the attributes (no annotation reaches the module).
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: %bindings %t.wasm | FileCheck %s
// RUN: %cxx -O0 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
#include <jsinterop/jsinterop.h>
#include <string>
#include <vector>

namespace box {
template <class T> class Stack {
public:
  [[jsinterop::export]] Stack() = default;
  [[jsinterop::export]] void push(T value) { items_.push_back(value); }
  [[jsinterop::export, jsinterop::getter]] int size() const { return static_cast<int>(items_.size()); }
  [[jsinterop::export]] static Stack of(T value) {
    Stack made;
    made.push(value);
    return made;
  }

private:
  std::vector<T> items_;
};
using IntStack [[jsinterop::export]] = Stack<int>;
using Strings [[jsinterop::export("StringStack")]] = Stack<std::string>;
[[jsinterop::export]] int total(const IntStack &stack) { return stack.size(); }
} // namespace box

int unexported() {
  box::Stack<double> local;
  local.push(1);
  return local.size();
}

// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"cxx":"box::Stack<int>","kind":"class","path":"box.IntStack"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"new","class":"box.IntStack","function":"box::Stack<int>::Stack","kind":"export","params":[],"path":"box.IntStack","result":"instance<box.IntStack>"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"method","class":"box.IntStack","function":"box::Stack<int>::push","kind":"export","params":[{"name":"this","type":"instance<box.IntStack>"},{"name":"value","type":"int32"}],"path":"box.IntStack.push","receiver":true,"result":"void"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"get","class":"box.IntStack","function":"box::Stack<int>::size","kind":"export","params":[{"name":"this","type":"instance<box.IntStack>"}],"path":"box.IntStack.size","receiver":true,"result":"int32"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"class":"box.IntStack","function":"box::Stack<int>::of","kind":"export","params":[{"name":"value","type":"int32"}],"path":"box.IntStack.of","result":"instance<box.IntStack>"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"cxx":"box::Stack<std::string>","kind":"class","path":"box.StringStack"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"method","class":"box.StringStack","function":"box::Stack<std::string>::push","kind":"export","params":[{"name":"this","type":"instance<box.StringStack>"},{"name":"value","type":"string"}],"path":"box.StringStack.push","receiver":true,"result":"void"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"function":"box::total","kind":"export","params":[{"name":"stack","type":"instance<box.IntStack>"}],"path":"box.total","result":"int32"}{{$}}
// CHECK-NOT: Stack<double>

// IR-NOT: llvm.global.annotations
