// err_attr_wrong_decl, err_int64_needs_marshal_as on members: marshal_as chooses how an exported member
// function's or constructor's 64-bit integers cross, on the function (its result) or a parameter, as on
// any export; a data member carries none (its 64-bit integers cross as BigInt, as a value object's do).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <vector>

struct [[jsinterop::export]] Counter {
  [[jsinterop::export]] Counter() {}
  [[jsinterop::export]] std::int64_t total() const { return 0; } // expected-error {{the return value of 'Counter::total' has type 'std::int64_t' (aka 'long long'), whose 64-bit integers can cross as a JS number or a BigInt: choose one with marshal_as}} expected-note {{marshal_as("number") passes a number}} expected-note {{marshal_as("bigint") passes a BigInt, exact}}
  [[jsinterop::export, jsinterop::marshal_as("bigint")]] std::int64_t id = 0; // expected-error {{'jsinterop::marshal_as' applies to a function at namespace scope or a static member function, not to a data member}}

  // Valid: on a method's result and parameters, a getter, a setter's value, a named constructor's.
  [[jsinterop::export, jsinterop::marshal_as("number")]] std::int64_t twice([[jsinterop::marshal_as("number")]] std::int64_t v) { return 2 * v; }
  [[jsinterop::export, jsinterop::getter, jsinterop::marshal_as("bigint")]] std::uint64_t count() const { return 0; }
  [[jsinterop::export, jsinterop::setter]] void set_count([[jsinterop::marshal_as("bigint")]] std::uint64_t v) {}
  [[jsinterop::export("starting")]] Counter([[jsinterop::marshal_as("array<bigint>")]] std::vector<std::int64_t> from) {}
  [[jsinterop::export]] std::int64_t big = 0; // a BigInt
};
