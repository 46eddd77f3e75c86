// err_export_wrong_decl on members the plugin cannot bind: a friend, a member of a local class, a
// member of an unnamed class (its JS path would have an empty segment), a non-static member
// defined out of line.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

struct S {
  [[jsinterop::export]] friend int f(int a) { return a; } // expected-error {{not to a friend declaration}}
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

// A non-static member defined out of line: its class, which binds its members, is complete by then.
struct [[jsinterop::export]] Outer {
  int f();
  Outer();
};
[[jsinterop::export]] int Outer::f() { return 1; } // expected-error {{not to a non-static member function defined out of line (put the attribute on its declaration in the class)}}
[[jsinterop::export]] Outer::Outer() {} // expected-error {{not to a non-static member function defined out of line}}

// Valid: a static member of a named class at namespace scope, also with the attribute on its
// definition out of line.
struct Named {
  [[jsinterop::export]] static int f() { return 1; }
  static int g(int a);
};
[[jsinterop::export]] int Named::g(int a) { return a; }
