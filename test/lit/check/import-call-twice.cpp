// err_import_call_twice: an import is one kind of call; two import kinds on one declaration, or a
// redeclaration that says another kind (err_binding_redeclared_differently), are refused.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

[[jsinterop::import("x"), jsinterop::method, jsinterop::getter]] int twice(jsinterop::object o); // expected-error {{'twice' is declared both a method and a getter import; an import is one of a function (the default), a method, a constructor, a getter or a setter}}
[[jsinterop::import("y"), jsinterop::setter, jsinterop::setter]] void same(jsinterop::object o, int v); // expected-error {{'same' is declared both a setter and a setter import}}

[[jsinterop::import("z"), jsinterop::getter]] int size(jsinterop::object o); // expected-note {{the earlier declaration is here}}
[[jsinterop::import("z")]] int size(jsinterop::object o); // expected-error {{this declaration of 'size' says import("z"), but an earlier one says import("z"), getter}}

// Valid: a redeclaration that says the same.
[[jsinterop::import("w"), jsinterop::getter]] int width(jsinterop::object o);
[[jsinterop::import("w"), jsinterop::getter]] int width(jsinterop::object o);
