// err_import_has_body on a later definition of an import declared earlier.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

[[jsinterop::import("a")]] void f(); // expected-note {{declared a jsinterop import here}}
void f() {} // expected-error {{a jsinterop import must not have a body: the plugin writes it}}
