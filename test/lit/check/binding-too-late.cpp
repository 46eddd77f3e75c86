// err_binding_too_late and note_defined_or_used_here: a binding attribute that first appears on a
// redeclaration after the function's definition, or an import's after its first use, would not
// take effect (Clang drops the attributes of a declaration after the definition; a use of an import
// already named the plain C++ symbol).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

// After the definition.
int a() { return 1; } // expected-note {{'a' is defined here}} expected-note {{previous definition is here}}
[[jsinterop::export]] int a(); // expected-error {{'jsinterop::export' on this declaration of 'a' comes after its definition, too late to take effect; put it on the first declaration}} expected-warning {{attribute declaration must precede definition}}
void b(int) {} // expected-note {{'b' is defined here}} expected-note {{previous definition is here}}
[[jsinterop::import("b")]] void b(int); // expected-error {{'jsinterop::import' on this declaration of 'b' comes after its definition}} expected-warning {{attribute declaration must precede definition}}

// An import after a use: a call, or the address.
void c(int);
void call_c() { c(1); } // expected-note {{'c' is first used here}}
[[jsinterop::import("c")]] void c(int); // expected-error {{'jsinterop::import' on this declaration of 'c' comes after its first use, too late to take effect; put it on the first declaration}}
int d();
auto *address_of_d = &d; // expected-note {{'d' is first used here}}
[[jsinterop::import("d")]] int d(); // expected-error {{'jsinterop::import' on this declaration of 'd' comes after its first use}}
namespace n {
int e(int);
struct T {
  static int use() { return e(1); } // expected-note {{'n::e' is first used here}}
};
[[jsinterop::import("e")]] int e(int x); // expected-error {{'jsinterop::import' on this declaration of 'n::e' comes after its first use}}
} // namespace n

// Valid: a plain declaration before the binding's, with no use in between; an export after a use
// (it is the C++ function itself) and one that calls itself; the same binding again after a use
// or after the definition (Clang's warning remains).
void ok1(int);
[[jsinterop::import("ok1")]] void ok1(int);
int ok2(int);
[[jsinterop::export]] int ok2(int n) { return n > 0 ? ok2(n - 1) : 0; }
int ok5();
auto *address_of_ok5 = &ok5;
[[jsinterop::export]] int ok5() { return 5; }
[[jsinterop::import("ok3")]] void ok3();
void call_ok3() { ok3(); }
[[jsinterop::import("ok3")]] void ok3();
[[jsinterop::export]] int ok4() { return 4; } // expected-note {{previous definition is here}}
[[jsinterop::export]] int ok4(); // expected-warning {{attribute declaration must precede definition}}
