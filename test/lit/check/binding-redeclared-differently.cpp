// err_binding_redeclared_differently and note_earlier_binding: redeclarations of a binding agree on
// its path and module (the error is at the later attribute, the note at the earlier one).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

[[jsinterop::import("a")]] void f(int); // expected-note {{the earlier declaration is here}}
[[jsinterop::import("b")]] void f(int); // expected-error {{this declaration of 'f' says import("b"), but an earlier one says import("a")}}
[[jsinterop::import("a", "M")]] void g(int); // expected-note {{the earlier declaration is here}}
[[jsinterop::import("a")]] void g(int); // expected-error {{this declaration of 'g' says import("a"), but an earlier one says import("a", "M")}}
namespace ns {
[[jsinterop::export]] int h(); // expected-note {{the earlier declaration is here}}
[[jsinterop::export("x")]] int h(); // expected-error {{this declaration of 'ns::h' says export("x"), but an earlier one says export}}
} // namespace ns

// Valid: the same binding again, or a plain redeclaration.
[[jsinterop::import("ok", "M")]] void ok1(int);
[[jsinterop::import("ok", "M")]] void ok1(int);
void ok1(int);
[[jsinterop::export("e")]] int ok2();
int ok2() { return 1; }
