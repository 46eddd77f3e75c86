// err_missing_header: bindings need <jsinterop/jsinterop.h> (the runtime templates that the
// written bodies call). The error is reported once per file, at the first binding, however many
// bindings there are.
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s
// CHECK: missing-header.cpp:[[@LINE+3]]:33: error: jsinterop attributes are used but <jsinterop/jsinterop.h> is not included
// CHECK-NOT: error:
// CHECK: 1 error generated.
[[jsinterop::import("a")]] void first(); // expected-error {{jsinterop attributes are used but <jsinterop/jsinterop.h> is not included}}
[[jsinterop::import("b")]] int second(int);
[[jsinterop::export]] int third(int x) { return x; }
[[jsinterop::export("fourth")]] double fourth(double x) { return x; }

// Functions without attributes are not bindings.
int plain(int x) { return x; }
