// err_value_object_wrong_decl, err_export_wrong_decl: export and value_object are two ways for one class
// to cross (an instance JS holds, or a plain object of copied fields): a class takes one of them. The
// second attribute written is reported.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>

struct [[jsinterop::export, jsinterop::value_object]] Point { // expected-error {{'jsinterop::value_object' applies to the definition of a struct or class, not to an exported class}}
  double x, y;
};
struct [[jsinterop::value_object, jsinterop::export]] Size { // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to a value object}}
  double width, height;
};
struct [[jsinterop::value_object]] [[jsinterop::export("Box")]] Rect { // expected-error {{'jsinterop::export' applies to a function at namespace scope, a static member function, a class, or a constructor, member function or data member of an exported class, not to a value object}}
  Point origin;
  Size size;
};

// Valid: each class crosses one way; the first attribute stands.
[[jsinterop::export]] double area(Rect r) { return r.size.width * r.size.height; }
[[jsinterop::export]] void move(Point &p, double by) { p.x += by; }
