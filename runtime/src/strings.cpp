// How std::string and std::u16string, and optionals of them, cross (wire.h says why this is not
// inline): compiled once here, for both code unit types.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <type_traits>
#include <vector>

#include "jsinterop/wire.h"

namespace jsinterop::abi {
namespace {

// An export's string result stays alive in here until the next one of its type: JS reads it
// after the export returns.
template <class Char> std::basic_string<Char> kept_result;

template <class Char> i32 keep_result(std::basic_string<Char> &&value) {
  kept_result<Char> = std::move(value);
  return return_in_memory(kept_result<Char>.data(), kept_result<Char>.size());
}

// Long UTF-8 string arguments that JS writes straight into a std::string
// (jsinterop_string_argument), until the export's lift takes one for its std::string parameter
// (no copy), or a string view parameter's call is over.
std::vector<std::string> written_in_place;

std::vector<std::string>::iterator find_in_place(const void *data) {
  auto it = written_in_place.begin();
  while (it != written_in_place.end() && it->data() != data)
    ++it;
  return it;
}

// Drops a string from written_in_place, and the vector's memory with the last one (a program
// that passes one long string holds nothing for it afterwards).
void forget_in_place(std::vector<std::string>::iterator it) {
  written_in_place.erase(it);
  if (written_in_place.empty())
    written_in_place.shrink_to_fit();
}

} // namespace

// JS writes an import's string result at the slot's address (jsinterop_string_resize). (libc++ 13,
// an old Emscripten's, does not make std::u16string standard-layout; the value is still first.)
static_assert(std::is_standard_layout_v<js_string<char>> &&
              (std::is_standard_layout_v<js_string<char16_t>> || _LIBCPP_VERSION < 14000));

template <class Char> js_string<Char>::js_string() = default;

template <class Char> js_string<Char>::~js_string() = default;

template <class Char> detail::pack<i32, i32> string_wire<Char>::lend(const string &value) {
  return string_view_wire<Char>::lend(value);
}

// An export's short string parameter is written whole, as two words, in libc++'s short layout
// (ABI version 2: _LIBCPP_ABI_ALTERNATE_STRING_LAYOUT): the code units from the first byte, zeros
// after them, the size in the low seven bits of the last byte, whose top bit (zero) says "short".
// The function most often moves its parameter at once, reading it as two words; written as the
// constructor writes it (memory.copy, then byte stores), that read would wait for the stores to
// land (a store-forwarding stall: 40% of a short echo's C++ time), and memory.copy is a call into
// the engine. test/node/safety/string-parameters.test.js checks every short length.
#ifndef _LIBCPP_ABI_ALTERNATE_STRING_LAYOUT
#error "string_wire::lift writes libc++'s short strings with the data first and the size last"
#endif
static_assert(sizeof(std::string) == 12 && std::endian::native == std::endian::little);
#if __cpp_lib_constexpr_string >= 201907L
template <class Char> constexpr std::size_t short_capacity = std::basic_string<Char>().capacity();
#else // libc++ 13: what capacity() says of a short string of that layout
template <class Char> constexpr std::size_t short_capacity = (sizeof(std::basic_string<Char>) - 1) / sizeof(Char) - 1;
#endif

template <class Char> auto string_wire<Char>::lift(i32 data, i32 size) -> string {
  const Char *units = from_address<Char>(data);
  const auto count = static_cast<std::uint32_t>(size);
  string value;
  if (count <= short_capacity<Char>) {
    const auto *in = reinterpret_cast<const unsigned char *>(units);
    const std::size_t bytes = count * sizeof(Char);
    std::uint64_t low = 0;
    std::uint32_t high = static_cast<std::uint32_t>(count) << 24;
    // A byte at a time, as JS has just written them: a wider load of bytes still on their way to
    // memory would wait for them. Unrolled: V8 checks for interrupts in every loop iteration.
#pragma clang loop unroll(full)
    for (std::size_t i = 0; i < 8; ++i)
      if (i < bytes)
        low |= std::uint64_t{in[i]} << (8 * i);
#pragma clang loop unroll(full)
    for (std::size_t i = 8; i < 11; ++i)
      if (i < bytes)
        high |= std::uint32_t{in[i]} << (8 * (i - 8));
    auto *representation = reinterpret_cast<unsigned char *>(&value);
    std::memcpy(representation, &low, sizeof low);
    std::memcpy(representation + sizeof low, &high, sizeof high);
    detail::free_argument(units);
    return value;
  }
  if constexpr (std::is_same_v<Char, char>) {
    if (auto in_place = find_in_place(units); in_place != written_in_place.end()) {
      value = std::move(*in_place);
      forget_in_place(in_place);
      value.resize(count);
      return value;
    }
  }
  value.assign(units, count);
  detail::free_argument(units);
  return value;
}

template <class Char> auto string_wire<Char>::lift_slot(result_slot &&slot) -> string {
  return std::move(slot.value);
}

template <class Char> i32 string_wire<Char>::give(string value) { return keep_result(std::move(value)); }

template <class Char> i32 string_wire<Char>::give_placed(string *placed) {
  i32 area = keep_result(std::move(*placed));
  placed->~string();
  return area;
}

template <class Char> detail::handle string_wire<Char>::box(const string &value) {
  return string_view_wire<Char>::box(value);
}

template <class Char> auto string_wire<Char>::take(detail::handle h) -> string { return unbox(h.get()); }

template <class Char> auto string_wire<Char>::unbox(i32 h) -> string {
  string value;
  unbox_intrinsic(h, address_of(&value));
  return value;
}

template class js_string<char>;
template class js_string<char16_t>;
template struct string_wire<char>;
template struct string_wire<char16_t>;

// Optional strings too (wire.h, optional_wire).
#define JSINTEROP_OPTIONAL_WIRE(Key) template struct optional_wire<Key>;
JSINTEROP_STRING_KEYS(JSINTEROP_OPTIONAL_WIRE)
#undef JSINTEROP_OPTIONAL_WIRE

} // namespace jsinterop::abi

void jsinterop::detail::free_long_argument(const void *data) {
  if (auto in_place = abi::find_in_place(data); in_place != abi::written_in_place.end())
    abi::forget_in_place(in_place);
  else
    counted_free(const_cast<void *>(data));
}

// An export's long UTF-8 string argument, which JS writes straight into a std::string that its
// std::string parameter then takes (a string view parameter views it): a string of `capacity`
// bytes, their values unset; with `previous` (what an earlier call returned) that string grown to
// `capacity` bytes, its first `kept` kept. Returns where JS writes.
__attribute__((export_name("jsinterop_string_argument"))) char *
jsinterop_string_argument(const char *previous, std::size_t kept, std::size_t capacity) {
  using jsinterop::abi::written_in_place;
  auto found = previous ? jsinterop::abi::find_in_place(previous) : written_in_place.end();
  if (previous && found == written_in_place.end())
    __builtin_trap(); // not a string this returned
  std::string &value = previous ? *found : written_in_place.emplace_back();
  value.resize(kept);
  // Long even if small: a short string's bytes would move with it when the vector grows.
  value.reserve(std::max(capacity, jsinterop::abi::short_capacity<char> + 1));
#if __cpp_lib_string_resize_and_overwrite
  value.resize_and_overwrite(capacity, [](char *, std::size_t size) { return size; });
#else // libc++ 13: JS overwrites the zeros
  value.resize(capacity);
#endif
  return value.data();
}
