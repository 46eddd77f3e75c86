// jsinterop::object: a reference to a JS object. Copies share the object; it is released when the
// last copy is destroyed or at dispose().
#ifndef JSINTEROP_OBJECT_H
#define JSINTEROP_OBJECT_H

#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>

#include "jsinterop/any.h"
#include "jsinterop/detail/property_key.h"
#include "jsinterop/result.h"

namespace jsinterop {

class object {
public:
  static constexpr std::string_view used_empty = "jsinterop::object used after dispose()";

  // An empty object: disposed() until one is assigned.
  object() = default;
  explicit object(detail::handle value) : handle_(std::move(value)) {}

  // A new JS object ({}) and a new JS array ([]).
  static object create();
  static object create_array();

  // value[name] as T (std::int64_t reads a bigint). A value that does not fit T, a getter that
  // throws or a value that is null or undefined ends the program with a message naming the property;
  // try_get returns that error instead.
  template <class T> [[gnu::always_inline]] abi::cxx_type_t<T> get(std::string_view name) const {
    using W = abi::wire<abi::dynamic_key_t<T>>;
    if constexpr (typed_property<W>) {
      abi::i32 self = get();
      if (abi::i32 key = detail::property_key(name))
        return W::lift(W::intrinsics::object_get(self, key));
    }
    return take_property<abi::dynamic_key_t<T>>(name);
  }
  template <class T> result<abi::owned_t<abi::dynamic_key_t<T>>> try_get(std::string_view name) const;
  // value[name] = value (std::int64_t becomes a bigint); a setter that throws ends the program with
  // a message naming the property, try_set returns the error instead.
  template <class T> [[gnu::always_inline]] void set(std::string_view name, const T &value) {
    using W = abi::wire<abi::dynamic_key_t<T>>;
    if constexpr (typed_property<W>) {
      abi::i32 self = get();
      if (abi::i32 key = detail::property_key(name))
        return W::intrinsics::object_set(self, key, W::give(value));
    }
    set_boxed(name, W::box(value).give_up());
  }
  template <class T> result<void> try_set(std::string_view name, const T &value);
  // value[name](args...) as R (void: whatever it returns is dropped), the arguments crossing as
  // any(arg) would. A method that is missing or throws, or a result that does not fit R, ends the
  // program with a message naming the method; try_call returns that error instead (what JS threw,
  // as it was thrown).
  template <class R = void, class... A>
  abi::owned_t<abi::dynamic_key_t<R>> call(std::string_view name, const A &...args) const;
  template <class R = void, class... A>
  result<abi::owned_t<abi::dynamic_key_t<R>>> try_call(std::string_view name, const A &...args) const;
  // new value(args...), for a value that is a constructor; try_construct returns what it threw.
  template <class... A> object construct(const A &...args) const;
  template <class... A> result<object> try_construct(const A &...args) const;
  // name in value
  bool has(std::string_view name) const;
  // typeof value[name]
  std::string type_of(std::string_view name) const {
    return detail::read_string<detail::intrinsics::type_of>(property(name).get());
  }

  void dispose() { handle_.reset(); }
  bool disposed() const { return !handle_; }

  const detail::handle &js_handle() const { return handle_; }
  detail::handle &js_handle() { return handle_; }

private:
  abi::i32 get() const { return handle_.get_or_fatal(used_empty); }
  // A wire type whose properties JS reads and writes in one crossing (a scalar: object_get_<T>).
  template <class W> static constexpr bool typed_property = requires { W::intrinsics::object_get; };
  // The generic paths, by key or by name, kept out of line (src/property_keys.cpp, noinline), and
  // get and set always inlined: so that at a call site a scalar's get or set is the key lookup (a
  // literal name's bytes compared inline) and one crossing.
  detail::handle property(std::string_view name) const;
  template <class Key> [[gnu::noinline]] abi::owned_t<Key> take_property(std::string_view name) const;
  // Takes the handle `boxed` and releases it.
  void set_boxed(std::string_view name, abi::i32 boxed);
  detail::handle handle_;
};

// A typed handle: a class derived from object for a JS class, which crosses as its JS object with no
// check and no cost of its own, so that C++'s types say which objects a function takes.
//   struct Node : jsinterop::object { using object::object; static constexpr std::string_view js_class = "Node"; };
//   struct Element : Node { using Node::Node; static constexpr std::string_view js_class = "Element"; };
// It may add member functions, not data (the plugin refuses one that does: only the JS object crosses).
template <class T>
concept typed_handle = std::derived_from<T, object> && !std::same_as<std::remove_cv_t<T>, object>;

// value as T when it is an instance of T's JS class (instanceof globalThis[T::js_class], a dotted
// path), else a TypeError saying what it is: a checked down-cast. is_instance<T> only tests.
template <typed_handle T> result<T> cast(const object &value);
template <typed_handle T> bool is_instance(const object &value);

} // namespace jsinterop

#endif
