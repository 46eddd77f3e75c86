// err_import_and_export when the two attributes are on different declarations of one function.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

[[jsinterop::import("a")]] void f();
[[jsinterop::export]] void f(); // expected-error {{a function cannot be both a jsinterop import and a jsinterop export}}
