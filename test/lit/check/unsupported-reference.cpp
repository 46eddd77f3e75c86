// err_unsupported_reference: parameters are taken by value or by const reference; results are
// returned by value.
// RUN: %verify %s
// RUN: not %cxx -fsyntax-only %s 2>&1 | FileCheck %s
#include <jsinterop/jsinterop.h>
#include <string>

// CHECK: unsupported-reference.cpp:[[@LINE+1]]:46: error: parameter 'out' of 'fill' is 'int &': take it by value or by const reference
[[jsinterop::import("fill")]] void fill(int &out); // expected-error {{parameter 'out' of 'fill' is 'int &': take it by value or by const reference}}
[[jsinterop::import("a")]] void append(std::string &s); // expected-error {{parameter 's' of 'append' is 'std::string &' (aka 'basic_string<char> &'): take it by value or by const reference}}
[[jsinterop::export]] void consume(std::string &&s) {} // expected-error {{parameter 's' of 'consume' is 'std::string &&' (aka 'basic_string<char> &&'): take it by value or by const reference}}
[[jsinterop::export]] void moved(int &&) {} // expected-error {{parameter '#1' of 'moved' is 'int &&': take it by value or by const reference}}
[[jsinterop::export]] void const_rvalue(const std::string &&s) {} // expected-error {{parameter 's' of 'const_rvalue' is 'const std::string &&'}}
[[jsinterop::export]] void cv(const volatile int &v) {} // expected-error {{parameter 'v' of 'cv' is 'const volatile int &'}}

std::string storage;
// CHECK: unsupported-reference.cpp:[[@LINE+1]]:29: error: the return value of 'name' is 'const std::string &' (aka 'const basic_string<char> &'): return it by value
[[jsinterop::export]] const std::string &name() { return storage; } // expected-error {{the return value of 'name' is 'const std::string &' (aka 'const basic_string<char> &'): return it by value}}
[[jsinterop::import("counter")]] int &counter(); // expected-error {{the return value of 'counter' is 'int &': return it by value}}
[[jsinterop::export]] std::string &&taken() { return static_cast<std::string &&>(storage); } // expected-error {{the return value of 'taken' is 'std::string &&' (aka 'basic_string<char> &&'): return it by value}}

// No note follows a reference error, and no other error for the same function.
// CHECK-NOT: note: jsinterop passes

// Valid: const lvalue references to types of the table, as parameters.
[[jsinterop::import("ok1")]] void ok1(const int &a, const std::string &b, const bool &c, const double &d);
[[jsinterop::export]] int ok2(const std::string &s, const std::string_view &v) { return 0; }
