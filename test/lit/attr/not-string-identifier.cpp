// err_attr_not_string for an identifier argument must point at the identifier.
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s
#include <jsinterop/jsinterop.h>

constexpr const char *path = "console.log";
// CHECK: not-string-identifier.cpp:[[@LINE+1]]:21: error: argument 1 of 'jsinterop::import' must be a string literal
[[jsinterop::import(path)]] void from_variable(int); // expected-error {{argument 1 of 'jsinterop::import' must be a string literal}}
// CHECK: not-string-identifier.cpp:[[@LINE+1]]:21: error: argument 1 of 'jsinterop::export' must be a string literal
[[jsinterop::export(js_name)]] int bare_word() { return 1; } // expected-error {{argument 1 of 'jsinterop::export' must be a string literal}}
