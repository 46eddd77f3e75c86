// err_marshal_as_mismatch: a marshal_as type must fit the wire type of what it annotates (the
// MarshalAs column of wire_types.def). The error points at the marshal_as attribute.
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s
#include <jsinterop/jsinterop.h>
#include <string>

// CHECK: marshal-as-mismatch.cpp:[[@LINE+1]]:22: error: marshal_as("bigint") does not fit the return value of type 'double', which crosses as number
[[jsinterop::export, jsinterop::marshal_as("bigint")]] double ratio() { return 0.5; } // expected-error {{marshal_as("bigint") does not fit the return value of type 'double', which crosses as number}}
// CHECK: marshal-as-mismatch.cpp:[[@LINE+1]]:27: error: marshal_as("discard") does not fit the return value of type 'int', which crosses as number
[[jsinterop::import("z"), jsinterop::marshal_as("discard")]] int count(); // expected-error {{marshal_as("discard") does not fit the return value of type 'int', which crosses as number}}
// CHECK: marshal-as-mismatch.cpp:[[@LINE+1]]:41: error: marshal_as("bigint") does not fit parameter 'x' of type 'double', which crosses as number
[[jsinterop::import("big")]] void big([[jsinterop::marshal_as("bigint")]] double x); // expected-error {{marshal_as("bigint") does not fit parameter 'x' of type 'double', which crosses as number}}
[[jsinterop::import("s")]] void s([[jsinterop::marshal_as("number")]] std::string text); // expected-error {{marshal_as("number") does not fit parameter 'text' of type 'std::string' (aka 'basic_string<char>'), which crosses as string}}
[[jsinterop::import("b")]] void b([[jsinterop::marshal_as("boolean")]] int flag); // expected-error {{marshal_as("boolean") does not fit parameter 'flag' of type 'int', which crosses as number}}
[[jsinterop::import("p")]] void p([[jsinterop::marshal_as("promise<number>")]] int n); // expected-error {{marshal_as("promise<number>") does not fit parameter 'n' of type 'int', which crosses as number}}
[[jsinterop::import("d"), jsinterop::marshal_as("date")]] double d(); // expected-error {{marshal_as("date") does not fit the return value of type 'double'}}
// Each annotated position is checked: two errors on one function.
[[jsinterop::export, jsinterop::marshal_as("string")]] int two([[jsinterop::marshal_as("any")]] int a) { return a; } // expected-error {{marshal_as("string") does not fit the return value}} expected-error {{marshal_as("any") does not fit parameter 'a'}}

// Valid: the keywords the table lists for each wire type.
[[jsinterop::import("ok1"), jsinterop::marshal_as("number")]] int ok1([[jsinterop::marshal_as("number")]] double x, [[jsinterop::marshal_as("boolean")]] bool b);
[[jsinterop::import("ok2"), jsinterop::marshal_as("void")]] void ok2([[jsinterop::marshal_as("string")]] std::string_view s);
[[jsinterop::import("ok3"), jsinterop::marshal_as("discard")]] void ok3([[jsinterop::marshal_as("string")]] const std::string &s);
[[jsinterop::export, jsinterop::marshal_as("string")]] std::string ok4() { return ""; }
[[jsinterop::export, jsinterop::marshal_as("boolean")]] bool ok5() { return true; }
