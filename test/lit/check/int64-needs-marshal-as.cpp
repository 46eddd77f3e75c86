// err_int64_needs_marshal_as, note_marshal_as_number, note_marshal_as_bigint: a 64-bit integer
// (alone, in an optional or in a vector) has no default JS type; the notes offer both choices as
// fix-its (test/lit/fixit/ checks their text and that the fixed file compiles).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <optional>
#include <vector>

[[jsinterop::import("a")]] void log_value(std::int64_t value); // expected-error {{parameter 'value' of 'log_value' has type 'std::int64_t' (aka 'long long'), whose 64-bit integers can cross as a JS number or a BigInt: choose one with marshal_as}} expected-note {{marshal_as("number") passes a number, checked to +/-(2^53-1)}} expected-note {{marshal_as("bigint") passes a BigInt, exact}}
[[jsinterop::import("b")]] std::uint64_t counter(); // expected-error {{the return value of 'counter' has type 'std::uint64_t'}} expected-note {{marshal_as("number")}} expected-note {{marshal_as("bigint")}}
[[jsinterop::import("c")]] void maybe(std::optional<long long> v); // expected-error {{parameter 'v' of 'maybe' has type 'std::optional<long long>'}} expected-note {{marshal_as("number")}} expected-note {{marshal_as("bigint")}}
[[jsinterop::export]] std::vector<unsigned long long> ids() { return {}; } // expected-error {{the return value of 'ids' has type 'std::vector<unsigned long long>'}} expected-note {{marshal_as("array<number>") passes a number}} expected-note {{marshal_as("array<bigint>") passes a BigInt}}
[[jsinterop::import("d")]] void two(int a, std::int64_t, std::uint64_t c); // expected-error {{parameter '#2' of 'two'}} expected-error {{parameter 'c' of 'two'}} expected-note 2 {{marshal_as("number")}} expected-note 2 {{marshal_as("bigint")}}

// Valid: a choice made with marshal_as; narrower integers need none.
[[jsinterop::import("ok1")]] void ok1([[jsinterop::marshal_as("number")]] std::int64_t a, [[jsinterop::marshal_as("bigint")]] std::uint64_t b, int c, unsigned d, long e);
[[jsinterop::import("ok2"), jsinterop::marshal_as("bigint")]] std::int64_t ok2();
[[jsinterop::import("ok3")]] void ok3([[jsinterop::marshal_as("number")]] std::optional<std::int64_t> a, [[jsinterop::marshal_as("array<bigint>")]] const std::vector<std::int64_t> &b);
[[jsinterop::export, jsinterop::marshal_as("array<number>")]] std::vector<long long> ok4() { return {}; }
