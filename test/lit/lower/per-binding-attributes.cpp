// What the plugin writes per binding is made cheap to compile (docs/design.md): an import's body
// is always_inline (inlined where it is called before the optimizer's per-function passes, its
// copy dropped), and an export has no code of its own, only a record naming its signature's
// dispatcher. Checked on the IR as code generation writes it.
// RUN: %cxx -O2 -S -emit-llvm -Xclang -disable-llvm-passes %s -o %t.ll
// RUN: FileCheck %s < %t.ll
// And at -O2 the import's body is gone: only the user's export calls the marshalling.
// RUN: %cxx -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=OPT
#include <jsinterop/jsinterop.h>

#include <string>

[[jsinterop::import("upper", "L")]] std::string js_upper(const std::string &text);

namespace demo {
[[jsinterop::export]] std::string shout(const std::string &text) { return js_upper(text) + "!"; }
} // namespace demo

// CHECK-DAG: define linkonce_odr {{.*}}@__jsinterop_call.{{.*}}js_upper{{.*}} #[[BODY:[0-9]+]]
// CHECK-DAG: attributes #[[BODY]] = { alwaysinline {{.*}}}
// CHECK-DAG: @__jsinterop_export_{{.*}}shout{{.*}} = linkonce_odr hidden constant
// CHECK-NOT: define {{.*}}@__jsinterop_export_

// OPT-NOT: define {{.*}}@__jsinterop_call.
// OPT: define {{.*}}@_ZN4demo5shoutE{{.*}}
// OPT: call {{.*}}@_ZN9jsinterop6detail11call_import
// OPT-NOT: define {{.*}}@__jsinterop_call.
