// object's dynamic operations (get, try_get, try_set, call, construct...), defined here because
// they need every wire<T>: jsinterop/wire.h includes this header at its end.
#ifndef JSINTEROP_DETAIL_OBJECT_OPERATIONS_H
#define JSINTEROP_DETAIL_OBJECT_OPERATIONS_H

#include <string>
#include <string_view>
#include <utility>

#include "jsinterop/object.h"
#include "jsinterop/result.h"

namespace jsinterop::detail {

// The handle an operation of object made, or the error it gave instead (what JS threw, or a
// TypeError of the JS runtime naming the property or method).
template <auto Operation, class... Args> result<handle> attempt(Args... args) {
  abi::i32 error = 0;
  abi::i32 made = Operation(args..., abi::address_of(&error));
  if (error)
    return unexpected(js_error(handle::adopt(error)));
  return handle::adopt(made);
}

inline std::string quoted(std::string_view kind, std::string_view name) {
  return std::string(kind) + " \"" + std::string(name) + "\"";
}

// The value of h as Key, or a TypeError `<kind> "<name>": expected ..., got ...` (kind: "property").
// The message is only made when it is needed: this runs on every get and call.
template <class Key> result<abi::owned_t<Key>> take_checked(handle h, std::string_view kind, std::string_view name) {
  if constexpr (abi::wire<Key>::type == abi::wire_type::Void) {
    return {};
  } else {
    h = abi::read_once<Key>(std::move(h));
    if (!abi::fits_as<Key>(h.get())) {
      const std::string spelled = abi::spelling<abi::owning_key_t<Key>>();
      std::string explained;
      intrinsics::explain_misfit(h.get(), abi::address_of(spelled.data()), static_cast<abi::i32>(spelled.size()),
                                 abi::address_of(&explained));
      return unexpected(js_error(type_error(quoted(kind, name) + ": " + explained)));
    }
    return abi::take_as<Key>(std::move(h));
  }
}

// Pushes an argument of a call as any(arg) would make it (std::int64_t as a bigint, nullptr as null):
// a scalar in one crossing (array_push_<T>), anything else boxed.
template <class A> void push_argument(abi::i32 array, const A &arg) {
  using W = abi::wire<abi::dynamic_key_t<A>>;
  if constexpr (std::is_null_pointer_v<A>)
    intrinsics::array_push(array, handle::adopt(intrinsics::value_null()).get());
  else if constexpr (requires { W::intrinsics::array_push; })
    W::intrinsics::array_push(array, W::give(arg));
  else
    intrinsics::array_push(array, abi::box_as<abi::dynamic_key_t<A>>(arg).get());
}

// The arguments of a call, as a new JS array.
template <class... A> handle arguments_array(const A &...args) {
  auto array = handle::adopt(intrinsics::array_new());
  (push_argument(array.get(), args), ...);
  return array;
}

// self[name](args...): its result, or what it threw (a TypeError when self[name] is no function).
template <class... A> result<handle> call_method(abi::i32 self, std::string_view name, const A &...args) {
  auto arguments = arguments_array(args...);
  return attempt<intrinsics::object_call>(self, abi::address_of(name.data()), static_cast<abi::i32>(name.size()),
                                          arguments.get());
}

// The value of a result whose error ends the program with "jsinterop: <its message>".
template <class T> T value_or_fatal(result<T> value) {
  if (!value)
    fatal("jsinterop: " + value.error().message());
  if constexpr (!std::is_void_v<T>)
    return std::move(*value);
}

} // namespace jsinterop::detail

namespace jsinterop {

template <class Key> abi::owned_t<Key> object::take_property(std::string_view name) const {
  return detail::value_or_fatal(detail::take_checked<Key>(property(name), "property", name));
}

template <class T> result<abi::owned_t<abi::dynamic_key_t<T>>> object::try_get(std::string_view name) const {
  using Key = abi::dynamic_key_t<T>;
  result<detail::handle> value = detail::attempt<detail::intrinsics::object_try_get>(
      get(), abi::address_of(name.data()), static_cast<abi::i32>(name.size()));
  if (!value)
    return unexpected(std::move(value).error());
  return detail::take_checked<Key>(std::move(*value), "property", name);
}

template <class T> result<void> object::try_set(std::string_view name, const T &value) {
  auto boxed = abi::box_as<abi::dynamic_key_t<T>>(value);
  result<detail::handle> done = detail::attempt<detail::intrinsics::object_try_set>(
      get(), abi::address_of(name.data()), static_cast<abi::i32>(name.size()), boxed.get());
  if (!done)
    return unexpected(std::move(done).error());
  return {};
}

template <class R, class... A>
result<abi::owned_t<abi::dynamic_key_t<R>>> object::try_call(std::string_view name, const A &...args) const {
  result<detail::handle> returned = detail::call_method(get(), name, args...);
  if (!returned)
    return unexpected(std::move(returned).error());
  return detail::take_checked<abi::dynamic_key_t<R>>(std::move(*returned), "the result of method", name);
}

template <class R, class... A>
abi::owned_t<abi::dynamic_key_t<R>> object::call(std::string_view name, const A &...args) const {
  result<detail::handle> returned = detail::call_method(get(), name, args...);
  if (!returned)
    detail::fatal("jsinterop: calling " + detail::quoted("method", name) + ": " + returned.error().message());
  return detail::value_or_fatal(
      detail::take_checked<abi::dynamic_key_t<R>>(std::move(*returned), "the result of method", name));
}

template <class... A> result<object> object::try_construct(const A &...args) const {
  auto arguments = detail::arguments_array(args...);
  result<detail::handle> made = detail::attempt<detail::intrinsics::object_construct>(get(), arguments.get());
  if (!made)
    return unexpected(std::move(made).error());
  return object(std::move(*made));
}

template <class... A> object object::construct(const A &...args) const {
  result<object> made = try_construct(args...);
  if (!made)
    detail::fatal("jsinterop: object::construct: " + made.error().message());
  return std::move(*made);
}

namespace detail {
// value instanceof globalThis[path]: 1, 0, or -1 when the path names no constructor here.
template <class T> abi::i32 instance_of(const object &value) {
  static_assert(requires { std::string_view(T::js_class); },
                "jsinterop::cast and is_instance need T::js_class, the JS class's path from globalThis");
  constexpr std::string_view path = T::js_class;
  return intrinsics::instance_of(value.js_handle().get_or_fatal(object::used_empty), abi::address_of(path.data()),
                                 static_cast<abi::i32>(path.size()));
}
} // namespace detail

template <typed_handle T> bool is_instance(const object &value) { return detail::instance_of<T>(value) == 1; }

template <typed_handle T> result<T> cast(const object &value) {
  constexpr std::string_view path = T::js_class;
  switch (detail::instance_of<T>(value)) {
  case 1:
    return T(value.js_handle());
  case 0:
    return unexpected(js_error(detail::type_error("cast<" + std::string(path) + ">: the value is not an instance of " +
                                                  std::string(path))));
  default:
    return unexpected(js_error(detail::type_error("cast<" + std::string(path) + ">: globalThis." + std::string(path) +
                                                  " is not a constructor here")));
  }
}

inline object object::create() { return object(detail::handle::adopt(detail::intrinsics::object_new())); }
inline object object::create_array() { return object(detail::handle::adopt(detail::intrinsics::array_new())); }

} // namespace jsinterop

#endif
