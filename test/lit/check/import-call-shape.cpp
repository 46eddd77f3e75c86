// err_import_call_shape: each import kind has the shape of what it does in JS. A method takes its
// receiver first; a constructor returns the new object; a getter takes at most its receiver and
// returns the value; a setter takes the value, after its receiver if it has one, and returns void.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <string>

struct Node : jsinterop::object {
  using object::object;
};

[[jsinterop::import("f"), jsinterop::method]] void no_receiver(); // expected-error {{a method import takes its receiver as its first parameter; 'no_receiver' takes no parameter}}
[[jsinterop::import("C"), jsinterop::constructor]] int made(); // expected-error {{a constructor import returns the new object: jsinterop::object, a typed handle or jsinterop::any; 'made' returns int}}
[[jsinterop::import("C"), jsinterop::constructor]] void nothing(int a); // expected-error {{a constructor import returns the new object: jsinterop::object, a typed handle or jsinterop::any; 'nothing' returns void}}
[[jsinterop::import("p"), jsinterop::getter]] int two(Node n, int i); // expected-error {{a getter import takes at most one parameter, its receiver, and returns the property's value; 'two' takes 2 parameters}}
[[jsinterop::import("p"), jsinterop::getter]] void no_value(Node n); // expected-error {{a getter import takes at most one parameter, its receiver, and returns the property's value; 'no_value' returns void}}
[[jsinterop::import("p"), jsinterop::setter]] void no_value_to_set(); // expected-error {{a setter import takes the value to write, after its receiver if it has one, and returns void; 'no_value_to_set' takes no parameter}}
[[jsinterop::import("p"), jsinterop::setter]] void three(Node n, int a, int b); // expected-error {{'three' takes 3 parameters}}
[[jsinterop::import("p"), jsinterop::setter]] bool returns(Node n, int a); // expected-error {{a setter import takes the value to write, after its receiver if it has one, and returns void; 'returns' returns bool}}

// Valid shapes.
[[jsinterop::import("appendChild"), jsinterop::method]] Node append(Node parent, Node child);
[[jsinterop::import("Date"), jsinterop::constructor]] jsinterop::object new_date(double ms);
[[jsinterop::import("Date"), jsinterop::constructor]] jsinterop::result<jsinterop::object> try_new_date(double ms);
[[jsinterop::import("Node"), jsinterop::constructor]] Node new_node();
[[jsinterop::import("Thing"), jsinterop::constructor]] jsinterop::any new_thing();
[[jsinterop::import("textContent"), jsinterop::getter]] std::string text(const Node &n);
[[jsinterop::import("location.href"), jsinterop::getter]] std::string href();
[[jsinterop::import("textContent"), jsinterop::setter]] void set_text(const Node &n, std::string_view text);
[[jsinterop::import("document.title"), jsinterop::setter]] void set_title(std::string_view title);
