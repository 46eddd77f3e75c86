// jsinterop::result<T>: a value or a js_error. std::expected<T, js_error> where the library has it
// (C++23); otherwise a class with the same interface, so code moves between the two unchanged.
#ifndef JSINTEROP_RESULT_H
#define JSINTEROP_RESULT_H

#include <version>

#include "jsinterop/error.h"

#if __cpp_lib_expected >= 202202L
#include <expected>

namespace jsinterop {
template <class T> using result = std::expected<T, js_error>;
using std::unexpected;
} // namespace jsinterop

#else
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace jsinterop {

// The error of a result, as std::unexpected: return jsinterop::unexpected(js_error("..."));
template <class E> class unexpected {
public:
  explicit unexpected(E error) : error_(std::move(error)) {}
  const E &error() const & { return error_; }
  E &error() & { return error_; }
  E &&error() && { return std::move(error_); }

private:
  E error_;
};

namespace detail {
[[noreturn]] inline void fatal_no_value(const js_error &error) {
  fatal("jsinterop::result::value() holds an error: " + error.message());
}
} // namespace detail

template <class T> class result {
public:
  using value_type = T;
  using error_type = js_error;

  result() requires std::is_default_constructible_v<T> : state_(std::in_place_index<0>) {}
  template <class U = T>
    requires std::is_constructible_v<T, U &&> && (!std::is_same_v<std::remove_cvref_t<U>, result>)
  result(U &&value) : state_(std::in_place_index<0>, std::forward<U>(value)) {}
  template <class G> result(unexpected<G> error) : state_(std::in_place_index<1>, std::move(error).error()) {}

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  // value() on an error ends the program with the error's message.
  T &value() & { return checked(*this); }
  const T &value() const & { return checked(*this); }
  T &&value() && { return std::move(checked(*this)); }
  T &operator*() & { return *std::get_if<0>(&state_); }
  const T &operator*() const & { return *std::get_if<0>(&state_); }
  T &&operator*() && { return std::move(*std::get_if<0>(&state_)); }
  T *operator->() { return std::get_if<0>(&state_); }
  const T *operator->() const { return std::get_if<0>(&state_); }
  template <class U> T value_or(U &&fallback) const & {
    return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
  }
  template <class U> T value_or(U &&fallback) && {
    return has_value() ? std::move(**this) : static_cast<T>(std::forward<U>(fallback));
  }

  js_error &error() & { return *std::get_if<1>(&state_); }
  const js_error &error() const & { return *std::get_if<1>(&state_); }
  js_error &&error() && { return std::move(*std::get_if<1>(&state_)); }

private:
  template <class Self> static auto &checked(Self &self) {
    if (!self.has_value())
      detail::fatal_no_value(self.error());
    return *self;
  }
  std::variant<T, js_error> state_;
};

template <> class result<void> {
public:
  using value_type = void;
  using error_type = js_error;

  result() = default;
  template <class G> result(unexpected<G> error) : error_(std::move(error).error()) {}

  bool has_value() const { return !error_; }
  explicit operator bool() const { return has_value(); }
  void value() const {
    if (error_)
      detail::fatal_no_value(*error_);
  }
  void operator*() const {}

  js_error &error() & { return *error_; }
  const js_error &error() const & { return *error_; }
  js_error &&error() && { return std::move(*error_); }

private:
  std::optional<js_error> error_;
};

} // namespace jsinterop

#endif
#endif
