// err_attr_wrong_decl on members the plugin cannot bind: a friend, a member of a local class, a
// member of an unnamed class (its JS path would have an empty segment).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

struct S {
  [[jsinterop::export]] friend int f(int a) { return a; } // expected-error {{'jsinterop::export' applies to a function at namespace scope or a static member function, not to a friend declaration}}
};

int g() {
  struct L {
    [[jsinterop::export]] static int f() { return 1; } // expected-error {{not to a member of a local class}}
  };
  return L::f();
}

struct {
  [[jsinterop::export]] static int f() { return 1; } // expected-error {{not to a member of an unnamed class}}
} s;

// Valid: a static member of a named class at namespace scope.
struct Named {
  [[jsinterop::export]] static int f() { return 1; }
};
