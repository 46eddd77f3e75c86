// How each C++ type of the type table crosses the boundary: one wire<T> per C++ type, checked
// against wire_types.def so that the plugin, this header and the JS runtime agree.
//
//   lower(value)      C++ -> JS as a parameter of an import: a tuple of wasm values.
//   lift(wasm...)     JS -> C++ as a parameter of an export: a value, or a holder that converts to T
//                     and owns what JS allocated for the duration of the call.
//   lift_result(w)    JS -> C++ as the result of an import (one wasm value).
//   result_slot       (results in memory) what an import's JS side writes its result into.
//   to_return_area(v) (results in memory) C++ -> JS as the result of an export.
#ifndef JSINTEROP_WIRE_H
#define JSINTEROP_WIRE_H

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "jsinterop/abi/wire_types.h"

namespace jsinterop::abi {

// wasm value types as C++ types; pointers cross as i32 addresses.
using i32 = std::int32_t;
using f64 = double;

template <class T> i32 address_of(T *pointer) {
  return static_cast<i32>(reinterpret_cast<std::uintptr_t>(pointer));
}
template <class T> T *from_address(i32 address) {
  return reinterpret_cast<T *>(static_cast<std::uintptr_t>(static_cast<std::uint32_t>(address)));
}

template <class T> struct wire; // only the types of the type table have one

template <> struct wire<bool> {
  static constexpr wire_type type = wire_type::Bool;
  static std::tuple<i32> lower(bool value) { return {value ? 1 : 0}; }
  static bool lift(i32 value) { return value != 0; }
  static bool lift_result(i32 value) { return value != 0; }
};

template <> struct wire<int> {
  static constexpr wire_type type = wire_type::Int32;
  static std::tuple<i32> lower(int value) { return {value}; }
  static int lift(i32 value) { return value; }
  static int lift_result(i32 value) { return value; }
};

template <> struct wire<double> {
  static constexpr wire_type type = wire_type::Float64;
  static std::tuple<f64> lower(double value) { return {value}; }
  static double lift(f64 value) { return value; }
  static double lift_result(f64 value) { return value; }
};

// UTF-8 bytes that JS wrote into memory from jsinterop_alloc; freed when the export returns.
class js_utf8 {
public:
  js_utf8(char *data, std::size_t size) : data_(data), size_(size) {}
  js_utf8(const js_utf8 &) = delete;
  js_utf8 &operator=(const js_utf8 &) = delete;
  ~js_utf8() { std::free(data_); }
  operator std::string_view() const { return {data_, size_}; }
  operator std::string() const { return {data_, size_}; }

private:
  char *data_;
  std::size_t size_;
};

// Where an export's result that travels through memory waits until JS has read it.
struct return_area {
  i32 data;
  i32 size;
};
return_area *string_return_area(std::string &&value);

template <> struct wire<std::string_view> {
  static constexpr wire_type type = wire_type::String;
  static std::tuple<i32, i32> lower(std::string_view value) {
    return {address_of(value.data()), static_cast<i32>(value.size())};
  }
  static js_utf8 lift(i32 data, i32 size) {
    return {from_address<char>(data), static_cast<std::size_t>(static_cast<std::uint32_t>(size))};
  }
};

template <> struct wire<std::string> : wire<std::string_view> {
  using result_slot = std::string;
  static std::string lift_result(result_slot &&slot) { return std::move(slot); }
  static i32 to_return_area(std::string &&value) {
    return address_of(string_return_area(std::move(value)));
  }
};

// The wire of a parameter or result type as written: `const T&` maps like T.
template <class T> using wire_of = wire<std::remove_cvref_t<T>>;

template <class T> constexpr std::size_t lowered_arity =
    std::tuple_size_v<decltype(wire_of<T>::lower(std::declval<std::remove_cvref_t<T>>()))>;

template <class Tuple, std::size_t... I>
constexpr bool lowers_to(std::string_view letters, std::index_sequence<I...>) {
  constexpr auto letter = []<class W>() {
    if constexpr (std::is_same_v<W, i32>) return 'i';
    else if constexpr (std::is_same_v<W, std::int64_t>) return 'I';
    else if constexpr (std::is_same_v<W, float>) return 'f';
    else return 'd';
  };
  return letters.size() == sizeof...(I) &&
         ((letters[I] == letter.template operator()<std::tuple_element_t<I, Tuple>>()) && ...);
}

// Every wire<T> agrees with wire_types.def: a mismatch is a compile error here, not a misread value.
template <class T> constexpr bool matches_wire_table() {
  using W = wire_of<T>;
  using Lowered = decltype(W::lower(std::declval<std::remove_cvref_t<T>>()));
  return lowers_to<Lowered>(info(W::type).param_wasm,
                            std::make_index_sequence<std::tuple_size_v<Lowered>>{});
}
static_assert(matches_wire_table<bool>() && matches_wire_table<int>() &&
              matches_wire_table<double>() && matches_wire_table<std::string_view>() &&
              matches_wire_table<std::string>());

} // namespace jsinterop::abi

#endif
