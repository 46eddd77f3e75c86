// err_attr_empty_module: a module name, when given, is not empty.
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
#include <jsinterop/jsinterop.h>

// CHECK: empty-module.cpp:[[@LINE+1]]:41: error: the module name of 'jsinterop::import' is empty; name a module registered with setModuleImports, or drop the argument
[[jsinterop::import("logValueAndType", "")]] void log_value(int); // expected-error {{the module name of 'jsinterop::import' is empty; name a module registered with setModuleImports, or drop the argument}}
// CHECK: empty-module.cpp:[[@LINE+1]]:29: error: the module name of 'jsinterop::import' is empty
[[jsinterop::import("f", u8"")]] void utf8_empty(); // expected-error {{the module name of 'jsinterop::import' is empty}}

// Valid: a module name, or none.
[[jsinterop::import("logValueAndType", "PrimitivesShim")]] void log_value2(int);
[[jsinterop::import("globalThis.console.log")]] void log_global(int);
