// jsinterop::object: a reference to a JS object. Copies share the object; it is released when the
// last copy is destroyed or at dispose().
#ifndef JSINTEROP_OBJECT_H
#define JSINTEROP_OBJECT_H

#include <string>
#include <string_view>

#include "jsinterop/any.h"

namespace jsinterop {

class object {
public:
  static constexpr std::string_view used_empty = "jsinterop::object used after dispose()";

  // An empty object: disposed() until one is assigned.
  object() = default;
  explicit object(detail::handle value) : handle_(std::move(value)) {}

  // value[name] as T (std::int64_t reads a bigint); a value that does not fit T ends the program.
  template <class T> abi::cxx_type_t<T> get(std::string_view name) const {
    detail::handle value = property(name);
    return abi::wire<abi::dynamic_key_t<T>>::unbox(value.get());
  }
  // value[name] = value (std::int64_t becomes a bigint).
  template <class T> void set(std::string_view name, const T &value) {
    detail::handle boxed = abi::wire<abi::dynamic_key_t<T>>::box(value);
    detail::intrinsics::object_set(get(), abi::address_of(name.data()),
                                   static_cast<abi::i32>(name.size()), boxed.get());
  }
  // name in value
  bool has(std::string_view name) const {
    return detail::intrinsics::object_has(get(), abi::address_of(name.data()),
                                          static_cast<abi::i32>(name.size())) != 0;
  }
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
  detail::handle property(std::string_view name) const {
    return detail::handle::adopt(detail::intrinsics::object_get(
        get(), abi::address_of(name.data()), static_cast<abi::i32>(name.size())));
  }
  detail::handle handle_;
};

} // namespace jsinterop

#endif
