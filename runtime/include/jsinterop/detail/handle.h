// An owned handle into the JS runtime's value table, and the end of the program with a message.
#ifndef JSINTEROP_DETAIL_HANDLE_H
#define JSINTEROP_DETAIL_HANDLE_H

#include <string>
#include <string_view>
#include <utility>

#include "jsinterop/detail/intrinsics.h"

namespace jsinterop::detail {

// Ends the program through the JS runtime, which reports the message (no exceptions on wasm32).
[[noreturn]] inline void fatal(std::string_view message) {
  intrinsics::fatal(abi::address_of(message.data()), static_cast<abi::i32>(message.size()));
  __builtin_trap();
}

// Owns one handle (0: none): a copy duplicates it, destruction releases it.
class handle {
public:
  handle() = default;
  static handle adopt(abi::i32 raw) { return handle(raw); }
  handle(const handle &other) : raw_(other.raw_ ? intrinsics::duplicate(other.raw_) : 0) {}
  handle(handle &&other) noexcept : raw_(std::exchange(other.raw_, 0)) {}
  handle &operator=(handle other) noexcept {
    std::swap(raw_, other.raw_);
    return *this;
  }
  ~handle() { reset(); }

  void reset() {
    if (raw_)
      intrinsics::release(std::exchange(raw_, 0));
  }
  abi::i32 get() const { return raw_; }
  // The handle, which must be there: a missing one ends the program with `message`.
  abi::i32 get_or_fatal(std::string_view message) const {
    if (!raw_)
      fatal(message);
    return raw_;
  }
  // Hands the handle to JS (an export's result): JS releases it.
  abi::i32 give_up() && { return std::exchange(raw_, 0); }
  explicit operator bool() const { return raw_ != 0; }

private:
  explicit handle(abi::i32 raw) : raw_(raw) {}
  abi::i32 raw_ = 0;
};

// The handle of a JS function lent to an import for one call (function_ref): destroyed when the
// import returns, it revokes the function (docs/lifetimes.md).
class lent_function {
public:
  explicit lent_function(abi::i32 raw) : function_(handle::adopt(raw)) {}
  lent_function(lent_function &&) noexcept = default;
  lent_function &operator=(lent_function &&) = delete;
  ~lent_function() {
    if (function_)
      intrinsics::function_revoke(std::move(function_).give_up());
  }
  abi::i32 get() const { return function_.get(); }

private:
  handle function_;
};

// A std::string the JS runtime fills through a slot (type_of, error_message, ...).
template <auto Intrinsic> std::string read_string(abi::i32 h) {
  std::string text;
  Intrinsic(h, abi::address_of(&text));
  return text;
}

} // namespace jsinterop::detail

#endif
