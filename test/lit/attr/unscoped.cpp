// err_attr_unscoped: the attributes must be written with their namespace. (The plugin also
// registers the unscoped names so that Clang parses the arguments of the scoped ones.)
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

[[import("console.log")]] void log1(int); // expected-error {{'import' is a jsinterop attribute and must be written with its namespace: [[jsinterop::import]]}}
[[export]] int twice(int x) { return 2 * x; } // expected-error {{'export' is a jsinterop attribute and must be written with its namespace: [[jsinterop::export]]}}
[[export("js_name")]] int thrice(int x) { return 3 * x; } // expected-error {{'export' is a jsinterop attribute and must be written with its namespace: [[jsinterop::export]]}}
[[jsinterop::import("f")]] int f([[marshal_as("number")]] int x); // expected-error {{'marshal_as' is a jsinterop attribute and must be written with its namespace: [[jsinterop::marshal_as]]}}

// Valid: the scoped spellings.
[[jsinterop::import("console.log")]] void log2(int);
[[jsinterop::export]] int four(int x) { return 4 * x; }
[[jsinterop::export("five")]] int five(int x) { return 5 * x; }
[[jsinterop::import("g")]] int g([[jsinterop::marshal_as("number")]] int x);
