// How std::string and std::u16string, and optionals of them, cross (wire.h says why this is not
// inline): compiled once here, for both code unit types.
#include <new>
#include <string>
#include <type_traits>

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

} // namespace

// JS writes an import's string result at the slot's address (jsinterop_string_resize).
static_assert(std::is_standard_layout_v<js_string<char>> && std::is_standard_layout_v<js_string<char16_t>>);

template <class Char> js_string<Char>::js_string() = default;

template <class Char>
js_string<Char>::js_string(i32 data, i32 size) : value(from_address<Char>(data), static_cast<std::uint32_t>(size)) {
  detail::free_argument(from_address<Char>(data));
}

template <class Char> js_string<Char>::~js_string() = default;

template <class Char> detail::pack<i32, i32> string_wire<Char>::lend(const string &value) {
  return string_view_wire<Char>::lend(value);
}

template <class Char> js_string<Char> string_wire<Char>::lift(i32 data, i32 size) { return {data, size}; }

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
