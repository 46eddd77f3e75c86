// marshal_as("function<...>") on a std::function whose result is void may leave the void out, as
// .NET's JSType.Function<JSType.String, JSType.String> marshals an Action<string, string>; the
// explicit trailing void stays accepted. A result that is not void must be spelled.
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
#include <jsinterop/jsinterop.h>
#include <functional>
#include <string>

// Valid: both spellings of a void callback.
[[jsinterop::import("dotnet", "Shim")]]
void dotnet([[jsinterop::marshal_as("function<string, string>")]] std::function<void(std::string, std::string)> listener);
[[jsinterop::import("explicitVoid", "Shim")]]
void explicit_void([[jsinterop::marshal_as("function<string, string, void>")]] std::function<void(std::string, std::string)> listener);
[[jsinterop::import("noParameters", "Shim")]]
void no_parameters([[jsinterop::marshal_as("function<void>")]] std::function<void()> listener);
[[jsinterop::export]]
void on_tick([[jsinterop::marshal_as("function<number>")]] std::function<void(int)> listener) { listener(1); }

// A result that is not void cannot be left out.
// CHECK: marshal-as-function-void.cpp:[[@LINE+2]]:15: error: marshal_as("function<string>") does not fit parameter 'map' of type 'std::function<int (std::string)>' (aka 'std::function<int (basic_string<char>)>'), which crosses as function<...> with 2 types
[[jsinterop::import("valued", "Shim")]]
void valued([[jsinterop::marshal_as("function<string>")]] std::function<int(std::string)> map); // expected-error {{marshal_as("function<string>") does not fit parameter 'map' of type 'std::function<int (std::string)>' (aka 'std::function<int (basic_string<char>)>'), which crosses as function<...> with 2 types}}
// Too few types for a void callback: the message offers both counts.
// CHECK: marshal-as-function-void.cpp:[[@LINE+2]]:16: error: marshal_as("function<string>") does not fit parameter 'pair' of type 'std::function<void (std::string, std::string)>' (aka 'std::function<void (basic_string<char>, basic_string<char>)>'), which crosses as function<...> with 3 types (or 2, without the void result)
[[jsinterop::import("tooFew", "Shim")]]
void too_few([[jsinterop::marshal_as("function<string>")]] std::function<void(std::string, std::string)> pair); // expected-error {{which crosses as function<...> with 3 types (or 2, without the void result)}}
// The types still apply in order: a void spelled where a parameter is.
// CHECK: marshal-as-function-void.cpp:[[@LINE+2]]:18: error: marshal_as("void") does not fit
[[jsinterop::import("misplaced", "Shim")]]
void misplaced([[jsinterop::marshal_as("function<void>")]] std::function<void(int)> count); // expected-error {{does not fit}}
