// err_import_call_without_import: jsinterop::getter and jsinterop::setter on a member function say how an
// exported member reads or writes its property, beside [[jsinterop::export]]; without it the property
// would be left out of the JS class.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

struct [[jsinterop::export]] Counter {
  [[jsinterop::export]] Counter() {}
  [[jsinterop::getter]] int count() const { return 0; } // expected-error {{'jsinterop::getter' says how an import reaches what its path names, but 'Counter::count' is neither an import nor an export}}
  [[jsinterop::export, jsinterop::getter]] int size() const { return 0; } // valid
};
struct Plain {
  [[jsinterop::setter]] void resize(int) {} // expected-error {{'jsinterop::setter' says how an import reaches what its path names, but 'Plain::resize' is neither an import nor an export}}
};
