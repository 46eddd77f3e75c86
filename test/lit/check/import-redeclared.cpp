// Redeclaring an import (a header of imports included twice, or a forward declaration) is valid
// and must be silent.
// RUN: %verify %s
// expected-no-diagnostics
#include <jsinterop/jsinterop.h>

[[jsinterop::import("a")]] void f();
[[jsinterop::import("a")]] void f();
void f();
[[jsinterop::export]] void use() { f(); }
