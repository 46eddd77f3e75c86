// err_value_object_shape: a value object is read with a structured binding and built with aggregate
// initialization, so it is an aggregate of direct, named, public data members: no base class, no
// user-declared constructor, no virtual function, no private or protected data member, no anonymous
// struct or union member.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct Base {
  double x;
};
struct [[jsinterop::value_object]] Derived : Base { // expected-error {{'Derived' cannot be a value object: it has a base class}}
  double y;
};
struct Empty {};
struct [[jsinterop::value_object]] DerivedFromEmpty : Empty { // expected-error {{'DerivedFromEmpty' cannot be a value object: it has a base class}}
  double y;
};
struct [[jsinterop::value_object]] Constructed { // expected-error {{'Constructed' cannot be a value object: it is not an aggregate (it has a user-declared constructor, a virtual function, or a private or protected data member)}}
  Constructed(double x) : x(x) {}
  double x;
};
struct [[jsinterop::value_object]] Virtual { // expected-error {{'Virtual' cannot be a value object: it is not an aggregate}}
  virtual void f() {}
  double x;
};
class [[jsinterop::value_object]] Private { // expected-error {{'Private' cannot be a value object: it is not an aggregate}}
  double x;
};
struct [[jsinterop::value_object]] Protected { // expected-error {{'Protected' cannot be a value object: it is not an aggregate}}
  double x;
protected:
  double y;
};
struct [[jsinterop::value_object]] AnonymousUnion { // expected-error {{'AnonymousUnion' cannot be a value object: it has an anonymous struct or union member}}
  union {
    int i;
    float f;
  };
};
struct [[jsinterop::value_object]] AnonymousStruct { // expected-error {{'AnonymousStruct' cannot be a value object: it has an anonymous struct or union member}}
  struct {
    int i;
  };
};
namespace geo {
struct [[jsinterop::value_object]] Point { // expected-error {{'geo::Point' cannot be a value object: it is not an aggregate}}
  Point() = default; // user-declared, though defaulted
  double x, y;
};
} // namespace geo

// Valid: nested value objects, in a vector or an optional; 64-bit integers (BigInt fields); default
// member initializers; a static data member (not a field); a const field; an empty struct.
struct [[jsinterop::value_object]] Id {
  std::int64_t high;
  std::uint64_t low;
};
struct [[jsinterop::value_object]] Record {
  Id id;
  std::vector<Id> parents;
  std::optional<Id> twin;
  std::string name = "unnamed";
  int count = 0;
  static int instances;
  const double version;
};
struct [[jsinterop::value_object]] Nothing {};
[[jsinterop::export]] Record touch(Record r, std::vector<Nothing> n) { return r; }
