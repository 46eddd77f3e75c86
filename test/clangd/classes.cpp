// Misuses of exported classes and value objects, as jsinterop-clangd shows them in the editor: the
// compiler's errors, at the compiler's places (test/node/clangd/check.test.js).
#include <jsinterop/jsinterop.h>
#include <string>

struct [[jsinterop::value_object]] Point {
  double x, y;
  int *where; // not a wire type
};

class [[jsinterop::export]] Shape {
public:
  [[jsinterop::export]] Shape() = default;
  [[jsinterop::export]] double area() const { return 0; }
  [[jsinterop::export]] double area(double scale) const { return scale; } // an overload without a JS name
  [[jsinterop::export, jsinterop::getter]] void name() const {}           // a getter returns the value
  [[jsinterop::export]] jsinterop::task<int> later() { co_return 1; }     // the instance may be disposed
};

[[jsinterop::import("draw")]] void draw(Shape &shape); // an import cannot lend an instance
