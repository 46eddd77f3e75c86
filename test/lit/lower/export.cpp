// An export is at the JS path of its C++ qualified name (or the attribute's name); static members
// and namespaces both count. An export whose values all cross as themselves is its own C++
// function, exported as jsinterop_<name>. Any other export is a record in the data section
// jsinterop_exports (its name, its signature's dispatcher, the function), with no code of its own;
// the module exports its function table and the bounds of the records. Each export's name has its
// descriptor in the section jsinterop.bindings.
// RUN: %cxx -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: wasm-objdump -x -j Export %t.wasm | FileCheck %s --check-prefix=WASM
// RUN: %bindings %t.wasm | FileCheck %s --check-prefix=BINDINGS
#include <jsinterop/jsinterop.h>
#include <string>

namespace demo {
struct Greeter {
  [[jsinterop::export]] static std::string greeting(std::string_view name);
};
std::string Greeter::greeting(std::string_view name) { return "Hello, " + std::string(name); }

namespace math {
[[jsinterop::export("add")]] int add_numbers(int a, int b) { return a + b; }
[[jsinterop::export]] bool positive(double x) { return x > 0; }
} // namespace math
} // namespace demo

// IR-NOT: llvm.global.annotations
// IR: module asm ".section .custom_section.jsinterop.bindings,\22G\22,@,__jsinterop_descriptor.[[GREETING:[0-9a-f]{16}]]"
// IR-NEXT: module asm ".ascii \22[[GREETING]] {\\\22abi\\\22:3,\\\22function\\\22:\\\22demo::Greeter::greeting\\\22,{{.*}}}\\012\22"
// IR: @[[TEXT:.str[.0-9]*]] = private unnamed_addr constant [17 x i8] c"[[GREETING]]\00"
// IR: @__jsinterop_export__ZN4demo7Greeter8greeting{{[^ ]*}} = linkonce_odr hidden constant %"struct.jsinterop::detail::export_record" { ptr @[[TEXT]], ptr @[[DISPATCH:_ZN9jsinterop6detail11call_exportI[^,]*]], ptr @_ZN4demo7Greeter8greetingENSt3__217basic_string_viewIcNS1_11char_traitsIcEEEE }, section "jsinterop_exports", comdat
// IR: @llvm.used = {{.*}}@__jsinterop_export__ZN4demo7Greeter8greeting
// IR-NOT: define {{.*}}@__jsinterop_export
// IR: define linkonce_odr hidden noundef i32 @[[DISPATCH]](ptr noundef %0, i32 noundef %1, i32 noundef %2)
// IR-NOT: __jsinterop_export__ZN4demo4math
// IR: define hidden noundef i32 @_ZN4demo4math11add_numbersEii(i32 noundef %0, i32 noundef %1) [[ATTRS:#[0-9]+]]
// IR-NOT: __jsinterop_export__ZN4demo4math
// IR: attributes [[ATTRS]] = {{.*}}"wasm-export-name"="jsinterop_{{[0-9a-f]+}}"

// WASM-NOT: demo::Greeter::greeting
// WASM-DAG: table[0] -> "__indirect_function_table"
// WASM-DAG: -> "jsinterop_export_records"
// WASM-DAG: -> "jsinterop_export_records_end"
// WASM-DAG: <demo::math::add_numbers(int, int)> -> "jsinterop_{{[0-9a-f]+}}"
// WASM-DAG: <demo::math::positive(double)> -> "jsinterop_{{[0-9a-f]+}}"
// WASM-DAG: -> "jsinterop_abi_version"
// WASM-DAG: -> "jsinterop_main"

// BINDINGS-DAG: export jsinterop_{{[0-9a-f]+}} {"abi":3,"function":"demo::math::add_numbers","kind":"export","params":[{"name":"a","type":"int32"},{"name":"b","type":"int32"}],"path":"demo.math.add","result":"int32"}{{$}}
// BINDINGS-DAG: export jsinterop_{{[0-9a-f]+}} {"abi":3,"function":"demo::math::positive","kind":"export","params":[{"name":"x","type":"float64"}],"path":"demo.math.positive","result":"bool"}{{$}}
// BINDINGS-DAG: line {{[0-9a-f]+}} {"abi":3,"function":"demo::Greeter::greeting","kind":"export","params":[{"name":"name","type":"string"}],"path":"demo.Greeter.greeting","result":"string"}{{$}}
int main() { return 0; }
