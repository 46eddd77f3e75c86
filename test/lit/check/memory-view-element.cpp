// err_memory_view_element: std::span and jsinterop::array_segment cross as a MemoryView, which
// holds 8-, 16-, 32- or 64-bit integers, float or double (array_segment's own constraint rejects
// the rest first when it is instantiated, so the span cases are the plugin's).
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <span>
#include <string>

[[jsinterop::import("a")]] void flags(std::span<bool> values); // expected-error {{parameter 'values' of 'flags' is a memory view of 'bool'; a MemoryView holds 8-, 16-, 32- or 64-bit integers, float or double}}
[[jsinterop::import("b")]] void texts(std::span<std::string> values); // expected-error {{parameter 'values' of 'texts' is a memory view of 'std::string'}}
[[jsinterop::import("c")]] void precise(std::span<long double> values); // expected-error {{parameter 'values' of 'precise' is a memory view of 'long double'}}
struct Pixel { std::uint8_t r, g, b; };
[[jsinterop::export]] void pixels(std::span<const Pixel>) {} // expected-error {{parameter '#1' of 'pixels' is a memory view of 'Pixel'}}

// Valid: the element types of a MemoryView, const or not, by span or by array_segment.
[[jsinterop::import("ok1")]] void ok1(std::span<std::uint8_t> a, std::span<const std::int32_t> b, std::span<double> c, std::span<float> d);
[[jsinterop::import("ok2")]] void ok2(jsinterop::array_segment<std::uint8_t> a, jsinterop::array_segment<double> b);
[[jsinterop::export]] jsinterop::array_segment<std::int32_t> ok3() { return {}; }
