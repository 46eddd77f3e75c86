// jsinterop::js_error: a JS Error, made in C++ from a message or caught from JS (any thrown value).
#ifndef JSINTEROP_ERROR_H
#define JSINTEROP_ERROR_H

#include <cstddef>
#include <string>
#include <string_view>

#include "jsinterop/any.h"

namespace jsinterop {

namespace detail {
// Ends the program with "jsinterop: out of memory (allocating N bytes)": the runtime library's
// operator new when malloc fails (src/faults.cpp).
[[noreturn]] void out_of_memory(std::size_t bytes);
} // namespace detail

class js_error {
public:
  static constexpr std::string_view used_empty = "jsinterop::js_error used after move";

  // new Error(message) on the JS side, so that its stack shows where C++ made it.
  explicit js_error(std::string_view message)
      : handle_(detail::handle::adopt(detail::intrinsics::error_new(
            abi::address_of(message.data()), static_cast<abi::i32>(message.size())))),
        from_js_(false) {}
  // The value JS threw (or any JS value taken as an error).
  explicit js_error(detail::handle thrown) : handle_(std::move(thrown)), from_js_(true) {}

  // String(e.message) for an Error, String(value) for anything else thrown.
  std::string message() const { return detail::read_string<detail::intrinsics::error_message>(get()); }
  // String(e.stack) for an Error, "" for anything else thrown.
  std::string stack() const { return detail::read_string<detail::intrinsics::error_stack>(get()); }
  // The original JS value when the error came from JS, else undefined.
  any value() const { return from_js_ ? any(detail::handle(handle_)) : any(); }

  const detail::handle &js_handle() const { return handle_; }
  detail::handle &js_handle() { return handle_; }

private:
  abi::i32 get() const { return handle_.get_or_fatal(used_empty); }
  detail::handle handle_;
  bool from_js_;
};

} // namespace jsinterop

#endif
