// err_marshal_as_redeclared_differently: redeclarations of a binding agree on the marshal_as of the
// function and of each parameter (the error is at the later attribute, the note at the earlier one,
// or at the earlier declaration that had none).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <vector>

[[jsinterop::import("a")]] void a([[jsinterop::marshal_as("number")]] std::int64_t v); // expected-note {{the earlier declaration is here}}
[[jsinterop::import("a")]] void a([[jsinterop::marshal_as("bigint")]] std::int64_t v); // expected-error {{this declaration of parameter 'v' of 'a' says marshal_as("bigint"), but an earlier one says marshal_as("number")}}

[[jsinterop::import("b"), jsinterop::marshal_as("bigint")]] std::int64_t b(); // expected-note {{the earlier declaration is here}}
[[jsinterop::marshal_as("number")]] std::int64_t b(); // expected-error {{this declaration of 'b' says marshal_as("number"), but an earlier one says marshal_as("bigint")}}

// A marshal_as where the first declaration had none, on an export's later definition.
[[jsinterop::export]] int c(int x); // expected-note {{the earlier declaration is here}}
int c([[jsinterop::marshal_as("any")]] int x) { return x; } // expected-error {{this declaration of parameter 'x' of 'c' says marshal_as("any"), but an earlier one says no marshal_as}}

// In a class, and out of line.
struct S {
  [[jsinterop::export]] static int d([[jsinterop::marshal_as("array<number>")]] std::vector<std::int64_t> v); // expected-note {{the earlier declaration is here}}
};
int S::d([[jsinterop::marshal_as("array<bigint>")]] std::vector<std::int64_t> v) { return 0; } // expected-error {{this declaration of parameter 'v' of 'S::d' says marshal_as("array<bigint>"), but an earlier one says marshal_as("array<number>")}}

// After the definition (Clang drops the attributes of such a declaration: the plugin still sees them).
[[jsinterop::export, jsinterop::marshal_as("number")]] std::int64_t e() { return 1; } // expected-note {{the earlier declaration is here}} expected-note {{previous definition is here}}
[[jsinterop::marshal_as("bigint")]] std::int64_t e(); // expected-error {{this declaration of 'e' says marshal_as("bigint"), but an earlier one says marshal_as("number")}} expected-warning {{attribute declaration must precede definition}}

// Valid: the same marshal_as again (spelled with other spaces), or none.
[[jsinterop::import("ok1")]] void ok1([[jsinterop::marshal_as("array<number>")]] std::vector<std::int64_t> v);
[[jsinterop::import("ok1")]] void ok1([[jsinterop::marshal_as("array< number >")]] std::vector<std::int64_t> v);
void ok1(std::vector<std::int64_t> v);
[[jsinterop::export, jsinterop::marshal_as("bigint")]] std::uint64_t ok2();
std::uint64_t ok2() { return 2; }
