// A light signature (arguments lent as plain wasm values: numbers, string views, borrowed object
// handles; a one-value result) is marshalled inline: at -O2 the C++ call is a direct call of the
// raw import, with no shared out-of-line marshalling and no indirect call. A heavy one (a string
// result through memory) calls the shared out-of-line instantiation.
// RUN: %cxx -O2 -S -emit-llvm %s -o - | FileCheck %s
#include <jsinterop/jsinterop.h>

#include <string>
#include <string_view>

[[jsinterop::import("length", "L")]] int js_length(std::string_view text, const jsinterop::object &o);
[[jsinterop::import("upper", "L")]] std::string js_upper(std::string_view text);

// CHECK-LABEL: define{{.*}} i32 @light(
// CHECK-NOT: jsinterop6detail11call_import
// CHECK: call noundef i32 @__jsinterop_import._Z9js_lengthNSt3__217basic_string_view{{.*}}(i32 {{.*}}, i32 {{.*}}, i32 {{.*}})
// CHECK-NOT: jsinterop6detail11call_import
// CHECK: ret i32
extern "C" int light(const jsinterop::object &o) { return js_length("abc", o); }

// CHECK-LABEL: define{{.*}} @heavy(
// CHECK: call {{.*}}@_ZN9jsinterop6detail11call_import
extern "C" std::size_t heavy() { return js_upper("abc").size(); }
