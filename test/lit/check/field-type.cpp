// err_field_type: an exported data member crosses as a property (read by a getter, written by a
// setter unless const) and a value object's field as a property of a plain object; both cross as
// values of their type, copied each way: no pointer, reference, array or view, no task, callback or
// result. 64-bit integers cross as BigInt (a data member has no marshal_as).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct [[jsinterop::value_object]] Point {
  double x, y;
};

struct [[jsinterop::export]] Properties {
  [[jsinterop::export]] int *pointer = nullptr; // expected-error {{data member 'pointer' of 'Properties' has type 'int *', which jsinterop cannot pass to or from JS as a property}}
  [[jsinterop::export]] std::string_view view; // expected-error {{data member 'view' of 'Properties' has type 'std::string_view' (aka 'basic_string_view<char>'), which jsinterop cannot pass to or from JS as a property}}
  [[jsinterop::export]] int pair[2]; // expected-error {{data member 'pair' of 'Properties' has type 'int[2]', which jsinterop cannot pass to or from JS as a property}}
  [[jsinterop::export]] std::optional<std::optional<int>> twice; // expected-error {{data member 'twice' of 'Properties' has type 'std::optional<std::optional<int>>', which jsinterop cannot pass to or from JS as a property}}
  [[jsinterop::export]] int &alias; // expected-error {{data member 'alias' of 'Properties' has type 'int &', which jsinterop cannot pass to or from JS as a property}}
  [[jsinterop::export]] jsinterop::task<int> done; // expected-error {{data member 'done' of 'Properties' has type 'jsinterop::task<int>', which jsinterop cannot pass to or from JS as a property}}
  [[jsinterop::export]] std::function<void()> on_change; // expected-error {{data member 'on_change' of 'Properties' has type 'std::function<void ()>', which jsinterop cannot pass to or from JS as a property}}
  [[jsinterop::export]] jsinterop::result<int> outcome; // expected-error {{data member 'outcome' of 'Properties' has type 'jsinterop::result<int>', which jsinterop cannot pass to or from JS as a property}}
  [[jsinterop::export]] jsinterop::function_ref<void()> visit; // expected-error {{data member 'visit' of 'Properties' has type 'jsinterop::function_ref<void ()>', which jsinterop cannot pass to or from JS as a property}}
  int not_exported[2]; // only exported data members cross
};

struct [[jsinterop::value_object]] Fields {
  int *pointer; // expected-error {{data member 'pointer' of 'Fields' has type 'int *', which jsinterop cannot pass to or from JS as a field of a value object}}
  std::string_view view; // expected-error {{data member 'view' of 'Fields' has type 'std::string_view' (aka 'basic_string_view<char>'), which jsinterop cannot pass to or from JS as a field of a value object}}
  const int &alias; // expected-error {{data member 'alias' of 'Fields' has type 'const int &', which jsinterop cannot pass to or from JS as a field of a value object}}
  double pair[2]; // expected-error {{data member 'pair' of 'Fields' has type 'double[2]', which jsinterop cannot pass to or from JS as a field of a value object}}
  jsinterop::task<int> later; // expected-error {{data member 'later' of 'Fields' has type 'jsinterop::task<int>', which jsinterop cannot pass to or from JS as a field of a value object}}
  std::function<void()> callback; // expected-error {{data member 'callback' of 'Fields' has type 'std::function<void ()>', which jsinterop cannot pass to or from JS as a field of a value object}}
  jsinterop::result<int> outcome; // expected-error {{data member 'outcome' of 'Fields' has type 'jsinterop::result<int>', which jsinterop cannot pass to or from JS as a field of a value object}}
};

// Valid: what crosses as a value crosses as a property or a field, value objects and instances too.
struct [[jsinterop::export]] Label {
  [[jsinterop::export]] Label() {}
  [[jsinterop::export]] std::string text;
};
struct [[jsinterop::export]] Shape {
  [[jsinterop::export]] Shape() {}
  [[jsinterop::export]] std::string name;
  [[jsinterop::export]] Point origin{};
  [[jsinterop::export]] std::vector<Point> points;
  [[jsinterop::export]] std::optional<double> weight;
  [[jsinterop::export]] Label label;
  [[jsinterop::export]] jsinterop::object data;
  [[jsinterop::export]] const int sides = 3;
  [[jsinterop::export]] int flags : 4;
  [[jsinterop::export]] std::int64_t id = 0;           // a BigInt
};
struct [[jsinterop::value_object]] Sample {
  std::int64_t at;
  std::vector<std::uint64_t> counts;
  std::optional<Point> where;
  std::u16string note;
  jsinterop::any extra;
};
[[jsinterop::export]] Sample sample(Sample s) { return s; }
