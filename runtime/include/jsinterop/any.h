// jsinterop::any: any JS value, undefined and null too.
#ifndef JSINTEROP_ANY_H
#define JSINTEROP_ANY_H

#include <concepts>
#include <cstddef>
#include <string>

#include "jsinterop/abi/marshal_as.h"
#include "jsinterop/detail/handle.h"

namespace jsinterop {
namespace abi {
template <class T> struct wire;
}

class any;

namespace detail {
// A C++ value that can become a JS value: a type of the type table (64-bit integers as bigint).
template <class T>
concept boxable = !std::same_as<std::remove_cvref_t<T>, any> &&
                  requires(const T &value) { abi::wire<abi::dynamic_key_t<T>>::box(value); };
} // namespace detail

class any {
public:
  static constexpr std::string_view used_empty = "jsinterop::any used after move";

  any() : handle_(detail::handle::adopt(detail::intrinsics::value_undefined())) {}
  any(std::nullptr_t) : handle_(detail::handle::adopt(detail::intrinsics::value_null())) {}
  // bool, numbers (std::int64_t and std::uint64_t become bigint), strings, time_point, object,
  // js_error, std::optional (empty: null), std::vector.
  template <detail::boxable T>
  any(const T &value) : handle_(abi::wire<abi::dynamic_key_t<T>>::box(value)) {}
  explicit any(detail::handle value) : handle_(std::move(value)) {}

  std::string type_of() const { return detail::read_string<detail::intrinsics::type_of>(get()); }
  bool is_null() const { return detail::intrinsics::is_null(get()) != 0; }
  bool is_undefined() const { return detail::intrinsics::is_undefined(get()) != 0; }

  // The value as T (std::int64_t reads a bigint; as<abi::as_number<std::int64_t>>() a number);
  // a value that does not fit T ends the program with a message.
  template <class T> abi::cxx_type_t<T> as() const {
    return abi::wire<abi::dynamic_key_t<T>>::unbox(get());
  }
  // Whether as<T>() would accept the value.
  template <class T> bool is() const { return abi::wire<abi::dynamic_key_t<T>>::fits(get()); }

  const detail::handle &js_handle() const { return handle_; }
  detail::handle &js_handle() { return handle_; }

private:
  abi::i32 get() const { return handle_.get_or_fatal(used_empty); }
  detail::handle handle_;
};

} // namespace jsinterop

#endif
