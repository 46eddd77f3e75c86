// An import with only primitive parameters is a wasm import that carries them as wasm values:
// no argument frame in linear memory, and no code around it (a direct binding, docs/design.md):
// the C++ declaration is the wasm import, at every optimization level.
// RUN: %cxx -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// RUN: %cxx -O0 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=O0
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: wasm-objdump -x -j Import %t.wasm > %t.dump
// RUN: wasm-objdump -x -j Type %t.wasm >> %t.dump
// RUN: %bindings %t.wasm >> %t.dump
// RUN: FileCheck %s --check-prefix=WASM < %t.dump
#include <jsinterop/jsinterop.h>

[[jsinterop::import("add", "Math")]] int js_add(int a, int b);
[[jsinterop::import("globalThis.scale")]] double js_scale(double x, bool twice);

// IR-NOT: llvm.global.annotations
// IR-LABEL: define{{.*}} i32 @main_like(i32 noundef %0)
// IR-NOT: alloca
// IR: tail call noundef i32 @__jsinterop_import._Z6js_addii.{{[0-9A-F]+}}(i32 noundef %0, i32 noundef 2)
// IR-NEXT: tail call noundef double @__jsinterop_import._Z8js_scaledb.{{[0-9A-F]+}}(double noundef 1.500000e+00, i1 noundef zeroext true)
extern "C" int main_like(int x) { return js_add(x, 2) + static_cast<int>(js_scale(1.5, true)); }

// O0-NOT: define{{.*}}js_add
// O0-NOT: __jsinterop_call
// O0: call noundef i32 @__jsinterop_import._Z6js_addii.{{[0-9A-F]+}}(i32 noundef %{{[0-9]+}}, i32 noundef 2)
// O0-NOT: define{{.*}}js_add

// IR: declare noundef i32 @__jsinterop_import._Z6js_addii.{{[0-9A-F]+}}(i32 noundef, i32 noundef) local_unnamed_addr [[ADD_ATTRS:#[0-9]+]]
// IR: attributes [[ADD_ATTRS]] = {{.*}}"wasm-import-module"="jsinterop" "wasm-import-name"="{{[0-9a-f]+}}"

// WASM: func[{{[0-9]+}}] sig=[[ADD:[0-9]+]] <__jsinterop_import._Z6js_addii.{{.*}}> <- jsinterop.[[ADD_NAME:[0-9a-f]{16}]]
// WASM: func[{{[0-9]+}}] sig=[[SCALE:[0-9]+]] <__jsinterop_import._Z8js_scaledb.{{.*}}> <- jsinterop.[[SCALE_NAME:[0-9a-f]{16}]]
// WASM: Type[
// WASM-DAG: - type[[[ADD]]] (i32, i32) -> i32
// WASM-DAG: - type[[[SCALE]]] (f64, i32) -> f64
// WASM: import [[ADD_NAME]] {"abi":3,"function":"js_add","kind":"import","module":"Math","params":[{"name":"a","type":"int32"},{"name":"b","type":"int32"}],"path":"add","result":"int32"}{{$}}
// WASM: import [[SCALE_NAME]] {"abi":3,"function":"js_scale","kind":"import","params":[{"name":"x","type":"float64"},{"name":"twice","type":"bool"}],"path":"globalThis.scale","result":"float64"}{{$}}
int main() { return main_like(1); }
