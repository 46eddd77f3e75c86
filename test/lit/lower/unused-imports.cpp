// An import is lowered (its body and raw wasm import written) only once the file uses it: a call
// after it, its address, a template instantiated at the end of the file. An unused one leaves nothing
// in the module, and is still checked at its declaration (check/ tests).
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: %bindings %t.wasm | FileCheck %s
// RUN: %bindings %t.wasm | FileCheck %s --check-prefix=NEVER
#include <jsinterop/jsinterop.h>

[[jsinterop::import("never")]] int never(int x);
[[jsinterop::import("called")]] int called(int x);
[[jsinterop::import("addressed")]] int addressed(int x);
[[jsinterop::import("inTemplate")]] int in_template(int x);

template <class T> int through_template(T x) { return in_template(x); }
// Not instantiated: its import stays unused.
template <class T> int never_instantiated(T x) { return never(x); }

auto *address = &addressed;

[[jsinterop::export]] int use(int x) { return called(x) + address(x) + through_template(x); }

// CHECK-DAG: import {{[0-9a-f]+}} {{.*}}"path":"called"
// CHECK-DAG: import {{[0-9a-f]+}} {{.*}}"path":"addressed"
// CHECK-DAG: import {{[0-9a-f]+}} {{.*}}"path":"inTemplate"
// NEVER-NOT: "path":"never"
