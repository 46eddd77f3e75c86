// err_handle_with_state: a typed handle (a class derived publicly from jsinterop::object) crosses as
// its JS object alone, so a data member, a virtual function or a virtual base of its own, or of a class
// between it and jsinterop::object, would be lost: refused wherever the type appears.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <functional>
#include <optional>
#include <vector>

struct Node : jsinterop::object {
  using object::object;
  static constexpr std::string_view js_class = "Node";
};
struct Element : Node {
  using Node::Node;
  static constexpr std::string_view js_class = "Element";
  int child_count() const { return get<int>("childElementCount"); } // member functions are fine
};
struct Counted : Element {
  using Element::Element;
  int count = 0;
};
struct Polymorphic : Node {
  using Node::Node;
  virtual ~Polymorphic() = default;
};
struct VirtualBase : virtual jsinterop::object {};
struct BelowCounted : Counted {
  using Counted::Counted;
};

[[jsinterop::import("a")]] void take_counted(Counted c); // expected-error {{parameter 'c' of 'take_counted' has type 'Counted', a typed handle (a class derived from jsinterop::object) with data members, virtual functions or virtual bases of its own, which would not cross: only its JS object does}}
[[jsinterop::import("b")]] Polymorphic make(); // expected-error {{the return value of 'make' has type 'Polymorphic', a typed handle}}
[[jsinterop::import("c")]] void take_virtual(const VirtualBase &v); // expected-error {{parameter 'v' of 'take_virtual' has type 'const VirtualBase', a typed handle}}
[[jsinterop::export]] void below(std::vector<BelowCounted> all) {} // expected-error {{parameter 'all' of 'below' has type 'BelowCounted', a typed handle}}

// Valid: typed handles wherever an object may be.
struct Private : private jsinterop::object {};
[[jsinterop::import("d")]] Element append(Element parent, const Node &child);
[[jsinterop::import("e")]] std::optional<Element> find(std::vector<Node> nodes);
[[jsinterop::import("f")]] jsinterop::task<Element> later();
[[jsinterop::import("g")]] void listen(std::function<void(Element)> listener);
[[jsinterop::export]] Node first(std::vector<Element> elements) { return elements.front(); }
// A class derived privately is no typed handle: it is not in the type table.
[[jsinterop::import("h")]] void take_private(Private p); // expected-error {{parameter 'p' of 'take_private' has type 'Private', which jsinterop cannot pass to or from JS}} expected-note {{jsinterop passes: bool;}}
