// The C++ runtime's side of classes (detail/classes.h), without the plugin: the classes below are
// declared as the plugin declares them (the ADL function jsinterop_class_kind), and the bindings'
// templates are called as the plugin's records and trampolines call them. Built for wasm32 and run
// by the JS runtime (WasmRuntimeTest.cpp); prints each failed check and exits with their number.
#include <jsinterop/jsinterop.h>

#include <cstdio>
#include <string>
#include <vector>

namespace geo {

struct Polygon {
  std::vector<double> sides;
  static inline int live = 0, copies = 0;
  explicit Polygon(std::vector<double> s) : sides(std::move(s)) { ++live; }
  Polygon(const Polygon &other) : sides(other.sides) { ++live, ++copies; }
  ~Polygon() { --live; }
  double perimeter() const {
    double sum = 0;
    for (double side : sides)
      sum += side;
    return sum;
  }
};
::jsinterop::detail::exported_class_tag jsinterop_class_kind(Polygon *);

// Neither copied nor moved: an export may still return one (built in place).
struct Pinned {
  int value;
  explicit Pinned(int v) : value(v) {}
  Pinned(const Pinned &) = delete;
};
::jsinterop::detail::exported_class_tag jsinterop_class_kind(Pinned *);

struct Point {
  double x, y;
  std::int64_t id;
  std::string label;
};
::jsinterop::detail::value_object_tag jsinterop_class_kind(Point *);

struct Plain {}; // neither

} // namespace geo

// The runtime library's export that JS calls from dispose() (src/classes.cpp).
jsinterop::abi::i32 jsinterop_dispose_instance(jsinterop::abi::i32 pointer, jsinterop::abi::i32 destroy);
void jsinterop_run_deferred_destructions();

namespace {

using namespace jsinterop;
using abi::i32;

int failures = 0;
#define CHECK(condition)                                                                          \
  ((condition) ? void() : (++failures, void(std::printf("%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #condition))))

static_assert(detail::exported_class<geo::Polygon> && !detail::value_object<geo::Polygon>);
static_assert(detail::value_object<geo::Point> && !detail::exported_class<geo::Point>);
static_assert(!detail::exported_class<geo::Plain> && !detail::value_object<geo::Plain>);
static_assert(!detail::exported_class<int> && !detail::exported_class<std::vector<geo::Polygon>>);
static_assert(abi::wire<geo::Polygon>::type == abi::wire_type::Instance);
static_assert(abi::wire_of<const geo::Polygon &>::type == abi::wire_type::Instance);
static_assert(abi::wire<geo::Polygon *>::type == abi::wire_type::InstanceOrNull);
static_assert(abi::wire<const geo::Polygon *>::type == abi::wire_type::InstanceOrNull);
static_assert(abi::wire<geo::Point>::type == abi::wire_type::ValueObject);
static_assert(abi::matches_wire_table<geo::Polygon>() && abi::matches_wire_table<geo::Polygon *>() &&
              abi::matches_wire_table<const geo::Polygon *>() && abi::matches_wire_table<geo::Point>() &&
              abi::matches_wire_table<std::vector<geo::Polygon>>() &&
              abi::matches_wire_table<std::optional<geo::Point>>() &&
              abi::matches_wire_table<result<geo::Polygon>>() && abi::matches_wire_table<task<geo::Point>>());
// A type that is not a bound class has no wire (wire<T> is empty: nothing to lend, lift or box).
template <class T> concept has_wire = requires { abi::wire<T>::type; };
static_assert(!has_wire<geo::Plain> && !has_wire<geo::Point *> && has_wire<geo::Polygon *>);
// An export that takes an instance, in any form, borrows it for the call.
static_assert(detail::binding<void(const geo::Polygon &)>::borrows &&
              detail::binding<int(double, std::vector<geo::Polygon>)>::borrows &&
              detail::binding<int(std::optional<geo::Polygon *>)>::borrows &&
              !detail::binding<geo::Polygon(double, geo::Point)>::borrows);
// A reference parameter is lifted as a reference, so that it borrows the instance's object.
static_assert(std::is_same_v<decltype(abi::wire<geo::Polygon>::lift(0)), geo::Polygon &>);
// A value object is read in steps (a field at a time): C++ asks JS for a copy first (copy_in).
static_assert(abi::read_in_steps<geo::Point>() && abi::read_in_steps<std::optional<geo::Point>>() &&
              !abi::read_in_steps<geo::Polygon>());
// Its fields in order, 64-bit integers as bigint.
static_assert(std::is_same_v<abi::wire<geo::Point>::field_keys,
                             detail::field_list<abi::as_bigint<double>, abi::as_bigint<double>,
                                                abi::as_bigint<std::int64_t>, abi::as_bigint<std::string>>>);

std::string key(i32 k) { return "@" + std::to_string(k); }

void class_keys() {
  i32 polygon = detail::class_key_of<geo::Polygon>(), point = detail::class_key_of<geo::Point>();
  CHECK(polygon != 0 && point != 0 && polygon != detail::class_key_of<geo::Pinned>());
  CHECK(polygon != point);
  CHECK(polygon == detail::class_key_of<geo::Polygon>());
}

void spellings() {
  std::string polygon = key(detail::class_key_of<geo::Polygon>()), point = key(detail::class_key_of<geo::Point>());
  CHECK(abi::spelling<geo::Polygon>() == "instance<" + polygon + ">");
  CHECK(abi::spelling<geo::Polygon *>() == "instance_or_null<" + polygon + ">");
  CHECK(abi::spelling<geo::Point>() == "value_object<" + point + ">");
  CHECK(abi::spelling<std::vector<geo::Polygon>>() == "array<instance<" + polygon + ">>");
  CHECK(abi::spelling<std::optional<geo::Point>>() == "optional<value_object<" + point + ">>");
  CHECK((abi::spelling<std::function<void(geo::Point, const geo::Polygon &)>>() ==
         "function<value_object<" + point + ">, instance<" + polygon + ">, void>"));
}

// An import's argument is a copy that the JS instance adopts; destroy_instance (its dispose) deletes it.
void lend_and_destroy() {
  geo::Polygon square({1, 1, 1, 1});
  int live = geo::Polygon::live;
  auto lent = abi::wire<geo::Polygon>::lend(square);
  i32 pointer = detail::member<0>(lent);
  CHECK(pointer != 0 && pointer != abi::address_of(&square));
  CHECK(geo::Polygon::live == live + 1);
  geo::Polygon &lifted = abi::wire<geo::Polygon>::lift(pointer);
  CHECK(abi::address_of(&lifted) == pointer && lifted.perimeter() == 4);
  detail::destroy_instance<geo::Polygon>(pointer);
  CHECK(geo::Polygon::live == live);
  detail::destroy_instance<geo::Point>(pointer); // a value object's: nothing to destroy
}

bool same_object(const geo::Polygon &a, geo::Polygon *b) { return &a == b; }
void scale(geo::Polygon &polygon, double by) {
  for (double &side : polygon.sides)
    side *= by;
}
double perimeter_of_copy(geo::Polygon polygon) { return polygon.perimeter(); }
geo::Polygon triangle(double side) { return geo::Polygon({side, side, side}); }
geo::Pinned pinned(int value) { return geo::Pinned(value); }
result<geo::Polygon> checked_triangle(double side) { return triangle(side); }
bool is_null(const geo::Polygon *polygon) { return polygon == nullptr; }

// Exports, dispatched as JS dispatches them (detail::call_export with the instances' addresses).
void exports() {
  auto *polygon = new geo::Polygon({1, 2, 3});
  i32 pointer = abi::address_of(polygon);
  CHECK(detail::call_export<bool(const geo::Polygon &, geo::Polygon *)>(&same_object, pointer, pointer));
  CHECK(detail::call_export<bool(const geo::Polygon *)>(&is_null, 0));
  CHECK(!detail::call_export<bool(const geo::Polygon *)>(&is_null, pointer));
  detail::call_export<void(geo::Polygon &, double)>(&scale, pointer, 2.0);
  CHECK(polygon->perimeter() == 12); // the borrowed object itself was scaled

  int copies = geo::Polygon::copies;
  CHECK(detail::call_export<double(geo::Polygon)>(&perimeter_of_copy, pointer) == 12);
  CHECK(geo::Polygon::copies == copies + 1); // a by-value parameter is a copy
  delete polygon;

  int live = geo::Polygon::live;
  i32 made = detail::call_export<geo::Polygon(double)>(&triangle, 2.0);
  CHECK(made != 0 && geo::Polygon::live == live + 1);
  CHECK(abi::wire<geo::Polygon>::lift(made).perimeter() == 6);
  detail::destroy_instance<geo::Polygon>(made);
  CHECK(geo::Polygon::live == live);

  i32 checked = detail::call_export<result<geo::Polygon>(double)>(&checked_triangle, 1.0);
  CHECK(abi::wire<geo::Polygon>::lift(checked).perimeter() == 3); // moved into the adopted object
  detail::destroy_instance<geo::Polygon>(checked);
  CHECK(geo::Polygon::live == live);

  i32 built = detail::call_export<geo::Pinned(int)>(&pinned, 7);
  CHECK(abi::from_address<geo::Pinned>(built)->value == 7);
  detail::destroy_instance<geo::Pinned>(built);
}

i32 destroy_index() { return static_cast<i32>(reinterpret_cast<std::uintptr_t>(&detail::destroy_instance<geo::Polygon>)); }
int live_when_disposed = -1;
void dispose_while_borrowed(geo::Polygon &polygon) {
  int live = geo::Polygon::live;
  CHECK(jsinterop_dispose_instance(abi::address_of(&polygon), destroy_index()) != 0); // deferred
  live_when_disposed = geo::Polygon::live - live;
  CHECK(polygon.perimeter() == 6); // still there: this call borrows it
}
void nested_borrow(geo::Polygon &polygon) {
  detail::call_export<void(geo::Polygon &)>(&dispose_while_borrowed, abi::address_of(&polygon));
  CHECK(polygon.perimeter() == 6); // the outer call still borrows it
}

// An instance JS disposes of (jsinterop_dispose_instance) is destroyed at once, or, while an export
// call that takes an instance runs, later: by jsinterop_run_deferred_destructions, which JS calls from
// a microtask (here: once the calls have returned).
void borrowing() {
  int live = geo::Polygon::live;
  CHECK(jsinterop_dispose_instance(abi::address_of(new geo::Polygon({1})), destroy_index()) == 0);
  CHECK(geo::Polygon::live == live);

  detail::call_export<void(geo::Polygon &)>(&dispose_while_borrowed, abi::address_of(new geo::Polygon({1, 2, 3})));
  CHECK(live_when_disposed == 0);
  CHECK(geo::Polygon::live == live + 1);

  live_when_disposed = -1;
  detail::call_export<void(geo::Polygon &)>(&nested_borrow, abi::address_of(new geo::Polygon({3, 3})));
  CHECK(live_when_disposed == 0);
  CHECK(geo::Polygon::live == live + 2);
  CHECK(detail::borrow_depth == 0);
  jsinterop_run_deferred_destructions();
  CHECK(geo::Polygon::live == live);
  CHECK(detail::deferred_destructions == nullptr);
}

// A value object read from the array of field values JS makes of a JS object (64-bit integers as
// bigint): the fields in order.
void value_object_from_fields() {
  auto fields = detail::handle::adopt(detail::intrinsics::array_new());
  detail::intrinsics::array_push(fields.get(), abi::box_as<double>(1.5).get());
  detail::intrinsics::array_push(fields.get(), abi::box_as<double>(-2.0).get());
  detail::intrinsics::array_push(fields.get(), abi::box_as<abi::as_bigint<std::int64_t>>(std::int64_t(1) << 40).get());
  detail::intrinsics::array_push(fields.get(), abi::box_as<std::string>(std::string("corner")).get());
  geo::Point point = abi::wire<geo::Point>::take(std::move(fields));
  CHECK(point.x == 1.5 && point.y == -2.0 && point.id == std::int64_t(1) << 40 && point.label == "corner");
}

} // namespace

int main() {
  class_keys();
  spellings();
  lend_and_destroy();
  exports();
  borrowing();
  value_object_from_fields();
  std::printf("%d failure(s)\n", failures);
  return failures;
}
