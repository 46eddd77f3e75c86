// err_marshal_as_syntax: the marshal_as type is parsed where it is written, and the error points
// at the character of the literal where parsing failed (JSType.cpp's offset). The column checks
// use a function-level marshal_as alone on its line, so byte N of the literal is column 26 + N.
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
#include <jsinterop/jsinterop.h>
#include <string>

[[jsinterop::import("f0")]]
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:26: error: invalid marshal_as type: unknown type 'numbr'; expected one of boolean, number, bigint, string, date, object, error, any, void, discard, memory_view, promise<...>, array<...>, function<...>
[[jsinterop::marshal_as("numbr")]] int f0(); // expected-error {{invalid marshal_as type: unknown type 'numbr'; expected one of boolean, number, bigint, string, date, object, error, any, void, discard, memory_view, promise<...>, array<...>, function<...>}}
[[jsinterop::import("f1")]]
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:26: error: invalid marshal_as type: expected a type
[[jsinterop::marshal_as("")]] int f1(); // expected-error {{invalid marshal_as type: expected a type}}
[[jsinterop::import("f2")]]
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:32: error: invalid marshal_as type: 'number' takes no type arguments
[[jsinterop::marshal_as("number<x>")]] int f2(); // expected-error {{invalid marshal_as type: 'number' takes no type arguments}}
[[jsinterop::import("f3")]]
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:33: error: invalid marshal_as type: 'promise' needs type arguments: promise<...>
[[jsinterop::marshal_as("promise")]] int f3(); // expected-error {{invalid marshal_as type: 'promise' needs type arguments: promise<...>}}
[[jsinterop::import("f4")]]
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:34: error: invalid marshal_as type: expected a type, found '>'
[[jsinterop::marshal_as("promise<>")]] int f4(); // expected-error {{invalid marshal_as type: expected a type, found '>'}}
[[jsinterop::import("f5")]]
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:33: error: invalid marshal_as type: 'promise' takes 1 type argument, not 2
[[jsinterop::marshal_as("promise<number, string>")]] int f5(); // expected-error {{invalid marshal_as type: 'promise' takes 1 type argument, not 2}}
[[jsinterop::import("f6")]]
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:38: error: invalid marshal_as type: missing '>'
[[jsinterop::marshal_as("array<number")]] int f6(); // expected-error {{invalid marshal_as type: missing '>'}}
[[jsinterop::import("f7")]]
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:33: error: invalid marshal_as type: unexpected 'x' after the type
[[jsinterop::marshal_as("number x")]] int f7(); // expected-error {{invalid marshal_as type: unexpected 'x' after the type}}
[[jsinterop::import("f8")]]
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:26: error: invalid marshal_as type: unknown type 'Number'; did you mean 'number'?
[[jsinterop::marshal_as("Number")]] int f8(); // expected-error {{invalid marshal_as type: unknown type 'Number'; did you mean 'number'?}}
[[jsinterop::import("f9")]]
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:42: error: invalid marshal_as type: expected ',' or '>'
[[jsinterop::marshal_as("function<number string>")]] int f9(); // expected-error {{invalid marshal_as type: expected ',' or '>'}}
[[jsinterop::import("f10")]]
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:224: error: invalid marshal_as type: types nest deeper than 32 levels
[[jsinterop::marshal_as("array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<array<number>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>")]] int f10(); // expected-error {{invalid marshal_as type: types nest deeper than 32 levels}}

// On a parameter, and across string-literal concatenation: byte 8 is the 'n' of the second literal.
// CHECK: marshal-as-syntax.cpp:[[@LINE+1]]:78: error: invalid marshal_as type: unknown type 'numbr'
[[jsinterop::import("p")]] void p(int a, [[jsinterop::marshal_as("promise<" "numbr>")]] int b); // expected-error {{unknown type 'numbr'}}

// Valid: every keyword that fits these types, with whitespace.
[[jsinterop::import("ok1"), jsinterop::marshal_as("number")]] int ok1([[jsinterop::marshal_as(" number ")]] double x);
[[jsinterop::import("ok2"), jsinterop::marshal_as("void")]] void ok2([[jsinterop::marshal_as("boolean")]] bool b);
[[jsinterop::export, jsinterop::marshal_as("discard")]] void ok3([[jsinterop::marshal_as("string")]] const std::string &s) {}
[[jsinterop::export, jsinterop::marshal_as("string")]] std::string ok4() { return ""; }
