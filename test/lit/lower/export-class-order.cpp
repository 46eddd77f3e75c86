// What a class is (the declaration the runtime's templates find it by) is known before any binding
// near it is lowered: a function of a namespace that names a class defined further down in it, a class
// nested in an exported class and defined after it, and an exported class's data members of 64-bit
// integers inside containers (bigint, as a value object's fields) all compile to their bindings.
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: %bindings %t.wasm | FileCheck %s
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <optional>
#include <vector>

namespace geo {
class Polygon;
[[jsinterop::export]] int corners(const Polygon &polygon);
class [[jsinterop::export]] Polygon {
public:
  [[jsinterop::export]] Polygon() {}
  int count = 3;
};
int corners(const Polygon &polygon) { return polygon.count; }
} // namespace geo

struct [[jsinterop::export]] Outer {
  [[jsinterop::export]] Outer() {}
  class [[jsinterop::export]] Inner;
};
class Outer::Inner {
public:
  [[jsinterop::export]] Inner() {}
};

struct [[jsinterop::export]] Stats {
  [[jsinterop::export]] std::vector<std::uint64_t> sizes;
  [[jsinterop::export]] std::optional<std::int64_t> last;
};

// CHECK-DAG: "function":"geo::corners","kind":"export","params":[{"name":"polygon","type":"instance<geo.Polygon>"}]
// CHECK-DAG: "call":"new","class":"Outer.Inner","function":"Outer::Inner::Inner"
// CHECK-DAG: "call":"get","class":"Stats","function":"Stats::sizes","kind":"export","params":[{"name":"this","type":"instance<Stats>"}],"path":"Stats.sizes","receiver":true,"result":"array<uint64_bigint>"
// CHECK-DAG: "call":"set","class":"Stats","function":"Stats::last","kind":"export","params":[{"name":"this","type":"instance<Stats>"},{"name":"value","type":"optional<int64_bigint>"}]
