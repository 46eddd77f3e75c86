// err_import_call_without_import: [[jsinterop::method]], constructor, getter and setter say how an
// import reaches what its path names; beside an export or alone they mean nothing.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

[[jsinterop::export, jsinterop::method]] void exported(jsinterop::object o) {} // expected-error {{'jsinterop::method' says how an import reaches what its path names, but 'exported' is an export}}
[[jsinterop::getter]] int alone(jsinterop::object o); // expected-error {{'jsinterop::getter' says how an import reaches what its path names, but 'alone' is neither an import nor an export}}
int alone(jsinterop::object o) { return 0; }
[[jsinterop::constructor]] jsinterop::object made() { return jsinterop::object::create(); } // expected-error {{'jsinterop::constructor' says how an import reaches what its path names, but 'made' is neither an import nor an export}}
struct Widget {
  [[jsinterop::setter]] Widget(); // expected-error {{'jsinterop::setter' applies to a function at namespace scope or a static member function, not to a constructor}}
};
[[jsinterop::method]] int variable = 0; // expected-error {{'jsinterop::method' applies to a function at namespace scope or a static member function, not to a variable}}
[[method]] void unscoped(jsinterop::object o); // expected-error {{'method' is a jsinterop attribute and must be written with its namespace: [[jsinterop::method]]}}

// Valid: beside an import, before or after it.
[[jsinterop::method, jsinterop::import("f")]] void before(jsinterop::object o);
[[jsinterop::import("g"), jsinterop::method]] void after(jsinterop::object o);
