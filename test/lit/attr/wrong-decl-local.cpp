// err_attr_wrong_decl on a block-scope function declaration.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

void outer() {
  [[jsinterop::import("console.log")]] void local(int); // expected-error {{'jsinterop::import' applies to a function at namespace scope or a static member function, not to a local function declaration}}
  local(1);
}
