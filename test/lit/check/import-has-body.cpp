// err_import_has_body (with note_import_declared when the attribute is outside the function's
// own source range): the plugin writes an import's body.
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s
#include <jsinterop/jsinterop.h>

// CHECK: import-has-body.cpp:[[@LINE+2]]:33: error: a jsinterop import must not have a body: the plugin writes it
// CHECK: import-has-body.cpp:[[@LINE+1]]:3: note: declared a jsinterop import here
[[jsinterop::import("a")]] void with_body() {} // expected-error {{a jsinterop import must not have a body: the plugin writes it}} expected-note {{declared a jsinterop import here}}
[[jsinterop::import("b")]] int returns(int x) { return x; } // expected-error {{a jsinterop import must not have a body}} expected-note {{declared a jsinterop import here}}
struct S {
  [[jsinterop::import("c")]] static void member() {} // expected-error {{a jsinterop import must not have a body}}
};

// Valid: declarations only; an export has a body.
[[jsinterop::import("d")]] void declared();
[[jsinterop::export]] void defined() { declared(); }
