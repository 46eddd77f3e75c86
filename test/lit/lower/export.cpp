// An export is a wrapper with the wasm signature, exported under its descriptor, at the JS path
// of its C++ qualified name (or the attribute's name); static members and namespaces both count.
// An export whose values all cross as themselves is its own C++ function, with no wrapper.
// RUN: %cxx -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: wasm-objdump -x -j Export %t.wasm | FileCheck %s --check-prefix=WASM
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
// IR: define linkonce_odr hidden noundef i32 @__jsinterop_export._ZN4demo7Greeter8greeting{{.*}}(i32 noundef %0, i32 noundef %1) {{#[0-9]+}} comdat
// IR-NOT: __jsinterop_export._ZN4demo4math
// IR: define hidden noundef i32 @_ZN4demo4math11add_numbersEii(i32 noundef %0, i32 noundef %1) [[ATTRS:#[0-9]+]]
// IR-NOT: __jsinterop_export._ZN4demo4math
// IR: attributes [[ATTRS]] = {{.*}}"wasm-export-name"="{\22abi\22:1,\22function\22:\22demo::math::add_numbers\22,\22kind\22:\22export\22,{{.*}}\22path\22:\22demo.math.add\22,\22result\22:\22int32\22}"

// WASM-DAG: <__jsinterop_export.{{.*}}> -> "{"abi":1,"function":"demo::Greeter::greeting","kind":"export","params":[{"name":"name","type":"string"}],"path":"demo.Greeter.greeting","result":"string"}"
// WASM-DAG: <demo::math::add_numbers(int, int)> -> "{"abi":1,"function":"demo::math::add_numbers","kind":"export","params":[{"name":"a","type":"int32"},{"name":"b","type":"int32"}],"path":"demo.math.add","result":"int32"}"
// WASM-DAG: <demo::math::positive(double)> -> "{"abi":1,"function":"demo::math::positive","kind":"export","params":[{"name":"x","type":"float64"}],"path":"demo.math.positive","result":"bool"}"
// WASM-DAG: -> "jsinterop_abi_version"
// WASM-DAG: -> "jsinterop_main"
int main() { return 0; }
