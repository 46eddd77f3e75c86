// err_span_with_task: a std::span parameter is valid during the call, but a function returning a
// task runs on after it returns; pass a std::vector or a jsinterop::array_segment instead.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <span>
#include <vector>

[[jsinterop::export]] jsinterop::task<int> hash(std::span<const std::uint8_t> bytes) { co_return 1; } // expected-error {{parameter 'bytes' of 'hash' is a std::span, which is valid only during the call, but 'hash' returns a task that outlives it; pass a std::vector or a jsinterop::array_segment}}
[[jsinterop::import("w")]] jsinterop::task<void> write(int fd, std::span<int> data); // expected-error {{parameter 'data' of 'write' is a std::span, which is valid only during the call, but 'write' returns a task}}

// Valid: an owning copy or an array_segment with a task; a span without one.
[[jsinterop::export]] jsinterop::task<int> ok1(std::vector<std::uint8_t> bytes) { co_return static_cast<int>(bytes.size()); }
[[jsinterop::import("ok2")]] jsinterop::task<void> ok2(jsinterop::array_segment<std::int32_t> data);
[[jsinterop::import("ok3")]] int ok3(std::span<const std::uint8_t> bytes);
