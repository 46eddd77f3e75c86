// err_import_and_export: one function is an import or an export, not both. The error points at
// the second attribute.
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
#include <jsinterop/jsinterop.h>

// CHECK: import-and-export.cpp:[[@LINE+1]]:27: error: a function cannot be both a jsinterop import and a jsinterop export
[[jsinterop::import("a"), jsinterop::export]] void same_list(); // expected-error {{a function cannot be both a jsinterop import and a jsinterop export}}
// CHECK: import-and-export.cpp:[[@LINE+1]]:25: error: a function cannot be both a jsinterop import and a jsinterop export
[[jsinterop::export]] [[jsinterop::import("b")]] int two_lists(); // expected-error {{a function cannot be both a jsinterop import and a jsinterop export}}
struct S {
  // CHECK: import-and-export.cpp:[[@LINE+1]]:32: error: a function cannot be both
  [[jsinterop::import("c")]] [[jsinterop::export("c")]] static int member(); // expected-error {{a function cannot be both a jsinterop import and a jsinterop export}}
};

// Valid: one kind of binding per function.
[[jsinterop::import("d")]] void imported();
[[jsinterop::export]] void exported() { imported(); }
