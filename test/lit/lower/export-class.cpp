// An exported class is a line of kind "class" and a record naming detail::destroy_instance<T> and
// detail::class_key_of<T>; each exported member is a function the plugin writes (the receiver is its
// first parameter, "this"), exported through a record under the member's descriptor: "call" says
// what JS makes of it ("new", "method", "get", "set"; none for a named constructor, which is a
// static), "class" the class it belongs to. A data member is a getter and, unless const, a setter.
// A value object is a line of kind "value_object" with its fields (64-bit integers as bigint, at any
// depth). A class in an unnamed namespace is exported the same way, from this file only. A member
// whose values cross as themselves, counting the instances it borrows (its receiver, a T& or T*
// parameter) as their pointers, is a direct wasm export (jsinterop_<name>); any other has a record.
// RUN: %cxx -O2 %s -o %t.wasm
// RUN: %bindings %t.wasm | FileCheck %s
// RUN: wasm-objdump -x -j Import %t.wasm | FileCheck %s --check-prefix=IMPORTS
// RUN: %bindings %t.wasm | grep '^export' | FileCheck %s --check-prefix=DIRECT --implicit-check-not='"function":"geo::Polygon::name"' --implicit-check-not='"function":"geo::grow"' --implicit-check-not='"function":"geo::Polygon::unit"' 
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <vector>

namespace geo {
struct [[jsinterop::value_object]] Point {
  double x, y;
  std::vector<std::int64_t> ids;
};

class [[jsinterop::export("Shape")]] Polygon {
public:
  [[jsinterop::export]] explicit Polygon(std::vector<Point> points) : points_(std::move(points)) {}
  [[jsinterop::export("square")]] Polygon(double side) : Polygon(std::vector<Point>{{0, 0, {}}, {side, side, {}}}) {}
  [[jsinterop::export]] double area() const { return static_cast<double>(points_.size()); }
  [[jsinterop::export]] void scale(double by) { factor_ *= by; }
  [[jsinterop::export, jsinterop::getter]] int size() const { return static_cast<int>(points_.size()); }
  [[jsinterop::export("name"), jsinterop::setter]] void set_name(std::string name) { name_ = std::move(name); }
  [[jsinterop::export("name"), jsinterop::getter]] std::string name() const { return name_; }
  [[jsinterop::export]] bool same_size(const Polygon &other) const { return other.size() == size(); }
  [[jsinterop::export]] static Polygon unit() { return Polygon(1.0); }
  [[jsinterop::export]] std::string label;
  [[jsinterop::export]] const int sides = 3;

private:
  std::vector<Point> points_;
  std::string name_;
  double factor_ = 1;
};

[[jsinterop::export]] void grow(Polygon &shape, Polygon *other) { shape.scale(other ? 2 : 3); }
} // namespace geo

namespace {
struct [[jsinterop::export]] Local {
  [[jsinterop::export]] int one() const { return 1; }
};
} // namespace

// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"cxx":"geo::Point","fields":[{"name":"x","type":"float64"},{"name":"y","type":"float64"},{"name":"ids","type":"array<int64_bigint>"}],"kind":"value_object","path":"geo.Point"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"cxx":"geo::Polygon","kind":"class","path":"geo.Shape"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"new","class":"geo.Shape","function":"geo::Polygon::Polygon","kind":"export","params":[{"name":"points","type":"array<value_object<geo.Point>>"}],"path":"geo.Shape","result":"instance<geo.Shape>"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"class":"geo.Shape","function":"geo::Polygon::Polygon","kind":"export","params":[{"name":"side","type":"float64"}],"path":"geo.Shape.square","result":"instance<geo.Shape>"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"method","class":"geo.Shape","function":"geo::Polygon::area","kind":"export","params":[{"name":"this","type":"instance<geo.Shape>"}],"path":"geo.Shape.area","receiver":true,"result":"float64"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"method","class":"geo.Shape","function":"geo::Polygon::scale","kind":"export","params":[{"name":"this","type":"instance<geo.Shape>"},{"name":"by","type":"float64"}],"path":"geo.Shape.scale","receiver":true,"result":"void"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"get","class":"geo.Shape","function":"geo::Polygon::size","kind":"export","params":[{"name":"this","type":"instance<geo.Shape>"}],"path":"geo.Shape.size","receiver":true,"result":"int32"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"set","class":"geo.Shape","function":"geo::Polygon::set_name","kind":"export","params":[{"name":"this","type":"instance<geo.Shape>"},{"name":"name","type":"string"}],"path":"geo.Shape.name","receiver":true,"result":"void"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"get","class":"geo.Shape","function":"geo::Polygon::name","kind":"export","params":[{"name":"this","type":"instance<geo.Shape>"}],"path":"geo.Shape.name","receiver":true,"result":"string"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"method","class":"geo.Shape","function":"geo::Polygon::same_size","kind":"export","params":[{"name":"this","type":"instance<geo.Shape>"},{"name":"other","type":"instance<geo.Shape>"}],"path":"geo.Shape.same_size","receiver":true,"result":"bool"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"class":"geo.Shape","function":"geo::Polygon::unit","kind":"export","params":[],"path":"geo.Shape.unit","result":"instance<geo.Shape>"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"get","class":"geo.Shape","function":"geo::Polygon::label","kind":"export","params":[{"name":"this","type":"instance<geo.Shape>"}],"path":"geo.Shape.label","receiver":true,"result":"string"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"set","class":"geo.Shape","function":"geo::Polygon::label","kind":"export","params":[{"name":"this","type":"instance<geo.Shape>"},{"name":"value","type":"string"}],"path":"geo.Shape.label","receiver":true,"result":"void"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"get","class":"geo.Shape","function":"geo::Polygon::sides","kind":"export","params":[{"name":"this","type":"instance<geo.Shape>"}],"path":"geo.Shape.sides","receiver":true,"result":"int32"}{{$}}
// CHECK-NOT: "function":"geo::Polygon::sides","kind":"export","params":[{"name":"this","type":"instance<geo.Shape>"},{"name":"value"
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"function":"geo::grow","kind":"export","params":[{"name":"shape","type":"instance<geo.Shape>"},{"name":"other","type":"instance_or_null<geo.Shape>"}],"path":"geo.grow","result":"void"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"cxx":"(anonymous namespace)::Local","kind":"class","path":"Local"}{{$}}
// CHECK-DAG: line {{[0-9a-f]+}} {"abi":3,"call":"method","class":"Local","function":"(anonymous namespace)::Local::one","kind":"export","params":[{"name":"this","type":"instance<Local>"}],"path":"Local.one","receiver":true,"result":"int32"}{{$}}

// DIRECT-DAG: "function":"geo::Polygon::area"
// DIRECT-DAG: "function":"geo::Polygon::scale"
// DIRECT-DAG: "function":"geo::Polygon::size"
// DIRECT-DAG: "function":"geo::Polygon::same_size"
// DIRECT-DAG: "function":"geo::Polygon::sides"

// No import, and no symbol, comes of the declaration that tells the runtime what a class is.
// IMPORTS-NOT: jsinterop_class_kind
