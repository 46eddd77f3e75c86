// How each C++ type of the type table crosses the boundary: one wire<T> per C++ type (T may be
// tagged with abi::as_number / abi::as_bigint), checked against wire_types.def below so that the
// plugin, this header and the JS runtime agree. docs/design.md has the ownership rules.
//
//   lend(value)       C++ -> JS, an import's parameter: a detail::pack of wasm values. A detail::handle in
//                     it is a value built for the call, released when the call returns.
//   lift(wasm...)     JS -> C++, an export's parameter or an import's one-value result: the value.
//   keep_until_returned(wasm...)  (string views) what keeps the memory JS wrote for an export's
//                     parameter until the call is over, then frees it.
//   lift_slot(slot)   an import's result that travels through memory, from its result_slot.
//   give(value)       C++ -> JS, an export's result: a wasm value (handles: JS releases them), or
//                     the address of a return area for a result in memory.
//   give_placed(p)    (strings) the same for a result the dispatcher built at p; destroys it.
//   box(value)        a new handle to the value lifted as this wire type (elements, any).
//   take(handle)      the value of a handle JS built and checked (elements); releases it.
//   unbox(h), fits(h) the value of a handle not checked yet (any::as, object::get, callback
//                     arguments and results, promise values); whether it fits.
//
// box_as/take_as/unbox_as/fits_as<Key> below do the same for any key, void and string views
// included (a string view is read as its string).
#ifndef JSINTEROP_WIRE_H
#define JSINTEROP_WIRE_H

#include <bit>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "jsinterop/abi/marshal_as.h"
#include "jsinterop/abi/wasm.h"
#include "jsinterop/abi/wire_types.h"
#include "jsinterop/any.h"
#include "jsinterop/array_segment.h"
#include "jsinterop/detail/handle.h"
#include "jsinterop/detail/pack.h"
#include "jsinterop/detail/intrinsics.h"
#include "jsinterop/error.h"
#include "jsinterop/function_ref.h"
#include "jsinterop/object.h"
#include "jsinterop/result.h"
#include "jsinterop/task.h"

namespace jsinterop::detail {
// Hands the error of a result<T> export to JS, which takes it with jsinterop_take_export_error.
void set_export_error(abi::i32 h);
// malloc and free, counted for jsinterop_heap_in_use (src/heap.cpp).
void *counted_malloc(std::size_t size);
void counted_free(void *pointer);
// Where JS writes an export's short string arguments, stacked and popped by the JS runtime around
// each call (nested calls write above): no malloc and free per argument (src/exports.cpp).
inline constexpr std::size_t argument_area_size = 4096;
extern char argument_area[argument_area_size];
// Memory JS wrote an export's argument into: freed, unless it is in the argument area (a string
// JS wrote in place is dropped: src/strings.cpp).
void free_long_argument(const void *pointer); // src/strings.cpp
inline void free_argument(const void *pointer) {
  auto offset = reinterpret_cast<std::uintptr_t>(pointer) - reinterpret_cast<std::uintptr_t>(argument_area);
  if (offset >= argument_area_size)
    free_long_argument(pointer);
}
// A new JS TypeError(message) (an Error if TypeError cannot be called).
handle type_error(std::string_view message);
// Array.isArray(value of h).
bool is_array(abi::i32 h);

// A C++ callable that JS holds (docs/design.md, "Callbacks"): jsinterop_invoke_callable calls it
// with the handle of its arguments array (which it releases) and gives JS the handle it returns.
class callable {
public:
  virtual ~callable() = default;
  virtual abi::i32 invoke(abi::i32 arguments) = 0;
};
// Enters a callable into the runtime library's table; jsinterop_release_callable(id) drops it.
abi::i32 register_callable(std::shared_ptr<callable> entry);
} // namespace jsinterop::detail

namespace jsinterop::abi {

template <class T> struct wire; // the types of the type table; defined in detail/classes.h

// The wire type of a key as descriptors spell it (array<int32>, function<string, void>), for messages.
template <class Key> std::string spelling();

template <> struct wire<void> {
  static constexpr wire_type type = wire_type::Void;
};

// ---- scalars: one wasm value ----------------------------------------------------------------

using date = std::chrono::system_clock::time_point;

template <class T, wire_type Type> struct scalar_wire {
  static constexpr wire_type type = Type;
  using intrinsics = detail::intrinsics::scalar<Type>;
  using wasm = decltype(intrinsics::unbox(0));

  // T as its wasm value: a result given to JS, or the value of an argument lent to an import.
  static wasm give(T value) {
    if constexpr (std::is_pointer_v<T>)
      return address_of(value);
    else if constexpr (std::is_same_v<T, date>) // JS Dates are whole milliseconds, floored
      return static_cast<f64>(
          std::chrono::floor<std::chrono::milliseconds>(value).time_since_epoch().count());
    else
      return static_cast<wasm>(value);
  }
  // A wasm value as T: an export's argument, or an import's result.
  static T lift(wasm value) {
    if constexpr (std::is_pointer_v<T>)
      return from_address<std::remove_pointer_t<T>>(value);
    else if constexpr (std::is_same_v<T, date>)
      return date(std::chrono::milliseconds(static_cast<std::int64_t>(value)));
    else
      return static_cast<T>(value);
  }
  static detail::pack<wasm> lend(T value) { return {give(value)}; }
  static detail::handle box(T value) { return detail::handle::adopt(intrinsics::box(give(value))); }
  static T take(detail::handle h) { return unbox(h.get()); }
  static T unbox(i32 h) { return lift(intrinsics::unbox(h)); }
  static bool fits(i32 h) { return intrinsics::fits(h) != 0; }
};

template <> struct wire<bool> : scalar_wire<bool, wire_type::Bool> {};
template <> struct wire<std::int8_t> : scalar_wire<std::int8_t, wire_type::Int8> {};
template <> struct wire<std::uint8_t> : scalar_wire<std::uint8_t, wire_type::Uint8> {};
template <> struct wire<std::int16_t> : scalar_wire<std::int16_t, wire_type::Int16> {};
template <> struct wire<std::uint16_t> : scalar_wire<std::uint16_t, wire_type::Uint16> {};
template <> struct wire<int> : scalar_wire<int, wire_type::Int32> {};
template <> struct wire<unsigned> : scalar_wire<unsigned, wire_type::Uint32> {};
template <> struct wire<unsigned long> : scalar_wire<unsigned long, wire_type::Uint32> {}; // size_t
template <> struct wire<long> : scalar_wire<long, wire_type::IntPtr> {}; // std::intptr_t
template <> struct wire<float> : scalar_wire<float, wire_type::Float32> {};
template <> struct wire<double> : scalar_wire<double, wire_type::Float64> {};
template <> struct wire<void *> : scalar_wire<void *, wire_type::Pointer> {};
template <> struct wire<char16_t> : scalar_wire<char16_t, wire_type::Char16> {};
template <> struct wire<date> : scalar_wire<date, wire_type::Date> {};
template <> struct wire<as_number<char16_t>> : scalar_wire<char16_t, wire_type::Char16Number> {};
template <> struct wire<as_number<std::int64_t>> : scalar_wire<std::int64_t, wire_type::Int64Number> {};
template <> struct wire<as_number<std::uint64_t>> : scalar_wire<std::uint64_t, wire_type::Uint64Number> {};
template <> struct wire<as_bigint<std::int64_t>> : scalar_wire<std::int64_t, wire_type::Int64BigInt> {};
template <> struct wire<as_bigint<std::uint64_t>> : scalar_wire<std::uint64_t, wire_type::Uint64BigInt> {};

// A tag on a type without 64-bit integers or char16_t inside changes nothing.
template <class T> struct wire<as_number<T>> : wire<T> {};
template <class T> struct wire<as_bigint<T>> : wire<T> {};

// ---- memory that JS wrote for an export's parameter ---------------------------------------------

// What JS wrote for an export's string view parameter (in the argument area, or from
// jsinterop_alloc): freed when the call's full expression ends, after the function has returned
// and its result is built (binding::call_export makes one per such parameter).
class argument_memory {
public:
  explicit argument_memory(const void *data) : data_(data) {}
  argument_memory(const argument_memory &) = delete;
  argument_memory &operator=(const argument_memory &) = delete;
  ~argument_memory() { detail::free_argument(data_); }

private:
  const void *data_;
};

// Where an export's result that travels through memory waits until JS has read it: two i32s
// (address, size), valid until the next export call returns a result in memory.
struct return_area {
  i32 data;
  i32 size;
};
inline return_area export_return_area;

inline i32 return_in_memory(const void *data, std::size_t size) {
  export_return_area = {address_of(data), static_cast<i32>(size)};
  return address_of(&export_return_area);
}
// ---- strings: (address, length) parameters, results in memory -------------------------------

template <class Char> struct string_view_wire {
  static constexpr bool utf8 = std::is_same_v<Char, char>;
  static constexpr wire_type type = utf8 ? wire_type::String : wire_type::U16String;
  static constexpr auto box_intrinsic = utf8 ? detail::intrinsics::box_string : detail::intrinsics::box_u16string;

  static detail::pack<i32, i32> lend(std::basic_string_view<Char> value) {
    return {{address_of(value.data())}, {static_cast<i32>(value.size())}};
  }
  // A view, made of one 64-bit value: the call passes a copy of it (wasm32 passes a struct by
  // reference to a copy), which reads it back as one; stored as two 32-bit halves, that read would
  // wait for both stores to land (a store-forwarding stall). No constructor either, whose
  // (iterator, sentinel) template's concept checks cost more than the rest of a binding's
  // instantiation the first time in a file.
  static std::basic_string_view<Char> lift(i32 data, i32 size) {
    return std::bit_cast<std::basic_string_view<Char>>(static_cast<std::uint64_t>(static_cast<std::uint32_t>(size)) << 32 |
                                                       static_cast<std::uint32_t>(data));
  }
  // A view parameter's memory, kept until the call is over.
  static argument_memory keep_until_returned(i32 data, i32) { return argument_memory(from_address<Char>(data)); }
  static detail::handle box(std::basic_string_view<Char> value) {
    return detail::handle::adopt(box_intrinsic(address_of(value.data()), static_cast<i32>(value.size())));
  }
};

// std::string and std::u16string cross through functions of the runtime library
// (src/strings.cpp), declared here and instantiated there: inline, every file that binds a string
// would instantiate, generate and optimize some sixty members of basic_string for a few lines of
// marshalling. So no string is built, moved or destroyed in the code a binding instantiates.

// An import's string result while JS writes it (jsinterop_string_resize sizes `value` at the
// slot's address: value is the only member).
template <class Char> class js_string {
public:
  js_string();
  js_string(const js_string &) = delete;
  js_string &operator=(const js_string &) = delete;
  ~js_string();

  std::basic_string<Char> value;
};

template <class Char> struct string_wire : string_view_wire<Char> {
  using string = std::basic_string<Char>;
  using string_view_wire<Char>::box; // a string view, read as its string (box_as)
  using string_view_wire<Char>::utf8;
  static constexpr auto unbox_intrinsic =
      utf8 ? detail::intrinsics::unbox_string : detail::intrinsics::unbox_u16string;
  static constexpr auto fits_intrinsic =
      utf8 ? detail::intrinsics::fits_string : detail::intrinsics::fits_u16string;

  static detail::pack<i32, i32> lend(const string &value);
  // An export's parameter: a copy of the code units JS wrote, whose memory this frees at once
  // (built in the parameter itself: the dispatcher moves no string).
  static string lift(i32 data, i32 size);
  static void keep_until_returned(i32, i32) {} // lift freed it
  using result_slot = js_string<Char>;
  static string lift_slot(result_slot &&slot);
  // An export's result: kept until the next string result of its type, in memory for JS.
  static i32 give(string value);
  // The same for a result the dispatcher built in its own storage, which this destroys: so that
  // the dispatcher does not destroy a string itself.
  static i32 give_placed(string *placed);
  static detail::handle box(const string &value);
  static string take(detail::handle h);
  static string unbox(i32 h);
  static bool fits(i32 h) { return fits_intrinsic(h) != 0; }
};

template <> struct wire<std::string_view> : string_view_wire<char> {};
template <> struct wire<std::u16string_view> : string_view_wire<char16_t> {};
template <> struct wire<std::string> : string_wire<char> {};
template <> struct wire<std::u16string> : string_wire<char16_t> {};

// ---- handles: object, any, js_error ---------------------------------------------------------

// Unbox: check the value and make a new handle (the JS runtime ends the program on a misfit).
template <class T, wire_type Type, auto Unbox, auto Fits> struct handle_wire {
  static constexpr wire_type type = Type;

  static detail::pack<i32> lend(const T &value) { return {borrow(value)}; }
  static T lift(i32 h) { return T(detail::handle::adopt(h)); }
  static i32 give(T value) {
    borrow(value);
    return std::move(value.js_handle()).give_up();
  }
  static detail::handle box(const T &value) {
    borrow(value);
    return value.js_handle();
  }
  static T take(detail::handle h) { return T(std::move(h)); }
  static T unbox(i32 h) { return T(detail::handle::adopt(Unbox(h))); }
  static bool fits(i32 h) { return Fits(h) != 0; }

private:
  static i32 borrow(const T &value) { return value.js_handle().get_or_fatal(T::used_empty); }
};

constexpr i32 every_value_fits(i32) { return 1; }

template <>
struct wire<object> : handle_wire<object, wire_type::Object, detail::intrinsics::unbox_object,
                                  detail::intrinsics::fits_object> {};
// A typed handle crosses as object does.
template <typed_handle T>
struct wire<T> : handle_wire<T, wire_type::Object, detail::intrinsics::unbox_object, detail::intrinsics::fits_object> {};
template <>
struct wire<any>
    : handle_wire<any, wire_type::Any, detail::intrinsics::duplicate, every_value_fits> {};
template <>
struct wire<js_error> : handle_wire<js_error, wire_type::Error, detail::intrinsics::unbox_error,
                                    detail::intrinsics::fits_error> {};

// ---- optional<T>: a handle of T's value, 0 (as an element: null or undefined) for empty -------

template <class Key> struct optional_wire {
  static constexpr wire_type type = wire_type::Optional;
  using element = Key;
  using element_wire = wire<Key>;
  using value_type = std::optional<cxx_type_t<Key>>;

  static detail::pack<detail::handle> lend(const value_type &value);
  static value_type lift(i32 h);
  static i32 give(const value_type &value);
  static detail::handle box(const value_type &value);
  static value_type take(detail::handle h);
  static value_type unbox(i32 h);
  static bool fits(i32 h) { return empty(h) || element_wire::fits(h); }

private:
  static bool empty(i32 h) {
    return detail::intrinsics::is_null(h) != 0 || detail::intrinsics::is_undefined(h) != 0;
  }
  // As a parameter or result, empty is handle 0.
  static detail::handle handle_or_0(const value_type &value) {
    return value ? element_wire::box(*value) : detail::handle();
  }
};

// Defined here, not in the class, for the same reason as array_wire's box and take (below): the
// optional strings are built and read in the runtime library (src/strings.cpp), which saves each
// file that binds one the instantiation of the optional's constructors from a string.
template <class Key> auto optional_wire<Key>::lend(const value_type &value) -> detail::pack<detail::handle> {
  return {handle_or_0(value)};
}
template <class Key> auto optional_wire<Key>::lift(i32 h) -> value_type {
  if (!h)
    return std::nullopt;
  return element_wire::take(detail::handle::adopt(h));
}
template <class Key> i32 optional_wire<Key>::give(const value_type &value) {
  return handle_or_0(value).give_up();
}
template <class Key> detail::handle optional_wire<Key>::box(const value_type &value) {
  return value ? element_wire::box(*value) : detail::handle::adopt(detail::intrinsics::value_null());
}
template <class Key> auto optional_wire<Key>::take(detail::handle h) -> value_type {
  if (empty(h.get()))
    return std::nullopt;
  return element_wire::take(std::move(h));
}
template <class Key> auto optional_wire<Key>::unbox(i32 h) -> value_type {
  if (empty(h))
    return std::nullopt;
  return element_wire::unbox(h);
}

#define JSINTEROP_STRING_KEYS(X) X(std::string) X(std::u16string)
#define JSINTEROP_EXTERN_OPTIONAL_WIRE(Key) extern template struct optional_wire<Key>;
JSINTEROP_STRING_KEYS(JSINTEROP_EXTERN_OPTIONAL_WIRE)
#undef JSINTEROP_EXTERN_OPTIONAL_WIRE

template <class T> struct wire<std::optional<T>> : optional_wire<T> {};
template <class T> struct wire<as_number<std::optional<T>>> : optional_wire<as_number<T>> {};
template <class T> struct wire<as_bigint<std::optional<T>>> : optional_wire<as_bigint<T>> {};

// ---- array<T>: a handle of an Array, copied element by element (in bulk for memory-view
// elements) ----------------------------------------------------------------------------------

template <class Key> struct array_wire {
  static constexpr wire_type type = wire_type::Array;
  using element = Key;
  using element_wire = wire<Key>;
  using value_type = std::vector<cxx_type_t<Key>>;
  using bulk = detail::intrinsics::memory_view<element_wire::type>;
  static constexpr bool in_bulk = detail::intrinsics::memory_view_element<element_wire::type>;

  static detail::pack<detail::handle> lend(const value_type &value) { return {box(value)}; }
  static value_type lift(i32 h) { return take(detail::handle::adopt(h)); }
  static i32 give(const value_type &value) { return box(value).give_up(); }
  static detail::handle box(const value_type &value);
  // An Array whose elements all fit (Array.isArray, then each element).
  static bool fits(i32 h) {
    if (!detail::is_array(h))
      return false;
    auto length = detail::intrinsics::array_length(h);
    for (i32 i = 0; i < length; ++i) {
      auto element = detail::handle::adopt(detail::intrinsics::array_get(h, i));
      if (!element_wire::fits(element.get()))
        return false;
    }
    return true;
  }
  // Read once (a getter or a Proxy may answer differently at a second read): JS copies the array
  // (deeply, as its wire type says), and C++ checks and takes the copy.
  static value_type unbox(i32 h) {
    // Not a static: a string kept for the program would count as a leak in heap_in_use.
    const std::string spelled = "array<" + spelling<Key>() + ">";
    auto copy = detail::handle::adopt(detail::intrinsics::copy_in(
        h, address_of(spelled.data()), static_cast<i32>(spelled.size())));
    if constexpr (in_bulk) {
      if (!detail::is_array(copy.get())) // to_memory checks each element
        misfit(h);
    } else {
      if (!fits(copy.get()))
        misfit(h);
    }
    return take(std::move(copy));
  }
  static value_type take(detail::handle array);

private:
  [[noreturn]] static void misfit(i32 h) {
    detail::fatal("jsinterop: expected an Array that fits array<" + spelling<Key>() + ">, got " +
                  detail::read_string<detail::intrinsics::type_of>(h));
  }
};

// Defined here, not in the class, so that the explicit instantiation declarations below keep
// them out of the files that use them: the arrays of memory-view elements are built and read in
// the runtime library (src/arrays.cpp), which saves each file that binds one the instantiation of
// the vector's allocation path.
template <class Key> detail::handle array_wire<Key>::box(const value_type &value) {
  if constexpr (in_bulk) {
    return detail::handle::adopt(
        bulk::from_memory(address_of(value.data()), static_cast<i32>(value.size())));
  } else {
    auto array = detail::handle::adopt(detail::intrinsics::array_new());
    for (const auto &element : value)
      detail::intrinsics::array_push(array.get(), element_wire::box(element).get());
    return array;
  }
}

template <class Key> auto array_wire<Key>::take(detail::handle array) -> value_type {
  auto length = static_cast<std::size_t>(detail::intrinsics::array_length(array.get()));
  if constexpr (in_bulk) {
    value_type value(length); // not resize(), whose growth path costs more to compile
    // JS writes exactly `length` elements (or ends the program): never more than allocated here.
    bulk::to_memory(array.get(), address_of(value.data()), static_cast<i32>(length));
    return value;
  } else {
    value_type value;
    value.reserve(length);
    for (std::size_t i = 0; i < length; ++i)
      value.push_back(element_wire::take(detail::handle::adopt(
          detail::intrinsics::array_get(array.get(), static_cast<i32>(i)))));
    return value;
  }
}

#define JSINTEROP_MEMORY_VIEW_KEYS(X)                                                             \
  X(std::int8_t) X(std::uint8_t) X(std::int16_t) X(std::uint16_t) X(int) X(unsigned) X(float)   \
  X(double) X(as_bigint<std::int64_t>) X(as_bigint<std::uint64_t>)
#define JSINTEROP_EXTERN_ARRAY_WIRE(Key) extern template struct array_wire<Key>;
JSINTEROP_MEMORY_VIEW_KEYS(JSINTEROP_EXTERN_ARRAY_WIRE)
#undef JSINTEROP_EXTERN_ARRAY_WIRE

template <class T> struct wire<std::vector<T>> : array_wire<T> {};
template <class T> struct wire<as_number<std::vector<T>>> : array_wire<as_number<T>> {};
template <class T> struct wire<as_bigint<std::vector<T>>> : array_wire<as_bigint<T>> {};

// ---- span<E> and segment<E>: (address, count) of C++ memory ----------------------------------

// An export's span parameter views memory JS owns for the call: a MemoryView's or a typed array's
// on the module's memory (in place), or a copy JS allocated, copies back after the call and frees.
// So C++ frees nothing.
template <class E, class Key> struct span_wire {
  static constexpr wire_type type = wire_type::Span;
  using element = Key;
  static_assert(detail::intrinsics::memory_view_element<wire<Key>::type>,
                "the element must be a memory-view element (64-bit integers: marshal_as(\"bigint\"))");

  static detail::pack<i32, i32> lend(std::span<E> value) {
    return {address_of(value.data()), static_cast<i32>(value.size())};
  }
  // From one 64-bit value (pointer, then size), as string_view_wire::lift and for its reasons: no
  // store-forwarding stall, no constructor template.
  static std::span<E> lift(i32 data, i32 count) {
    return std::bit_cast<std::span<E>>(static_cast<std::uint64_t>(static_cast<std::uint32_t>(count)) << 32 |
                                       static_cast<std::uint32_t>(data));
  }
};

template <class E> struct wire<std::span<E>> : span_wire<E, std::remove_const_t<E>> {};
template <class E>
struct wire<as_number<std::span<E>>> : span_wire<E, as_number<std::remove_const_t<E>>> {};
template <class E>
struct wire<as_bigint<std::span<E>>> : span_wire<E, as_bigint<std::remove_const_t<E>>> {};

// A segment always views C++ memory: JS passes back (address, count) of one it got from C++.
template <class E, class Key> struct segment_wire {
  static constexpr wire_type type = wire_type::Segment;
  using element = Key;
  static_assert(detail::intrinsics::memory_view_element<wire<Key>::type>,
                "the element must be a memory-view element (64-bit integers: marshal_as(\"bigint\"))");
  using value_type = array_segment<E>;

  static detail::pack<i32, i32> lend(value_type value) {
    return {address_of(value.data()), static_cast<i32>(value.size())};
  }
  // From one 64-bit value, as span_wire::lift (array_segment is a pointer, then a size).
  static value_type lift(i32 data, i32 count) {
    return std::bit_cast<value_type>(static_cast<std::uint64_t>(static_cast<std::uint32_t>(count)) << 32 |
                                     static_cast<std::uint32_t>(data));
  }
  using result_slot = return_area; // JS writes (address, count)
  static value_type lift_slot(result_slot &&slot) { return lift(slot.data, slot.size); }
  static i32 give(value_type value) { return return_in_memory(value.data(), value.size()); }
};

template <class E> struct wire<array_segment<E>> : segment_wire<E, E> {};
template <class E> struct wire<as_number<array_segment<E>>> : segment_wire<E, as_number<E>> {};
template <class E> struct wire<as_bigint<array_segment<E>>> : segment_wire<E, as_bigint<E>> {};

// ---- result<T>: T's result, plus an error channel --------------------------------------------
// An import's error arrives in a leading slot (detail/binding.h); an export's error is handed
// over with set_export_error, and the wasm result is then a zero JS does not read.

template <class Key> struct result_wire {
  static constexpr wire_type type = wire_type::Result;
  using element = Key;
  using element_wire = wire<Key>;
  using value_type = result<cxx_type_t<Key>>;

  static auto give(value_type value) {
    if constexpr (std::is_void_v<Key>) {
      if (!value)
        detail::set_export_error(wire<js_error>::give(std::move(value).error()));
    } else {
      using wasm = decltype(give_value(std::move(*value)));
      if (!value) {
        detail::set_export_error(wire<js_error>::give(std::move(value).error()));
        return wasm{};
      }
      return give_value(std::move(*value));
    }
  }

private:
  // An instance moves into the object its new JS instance adopts. A template: Key may be void.
  template <class V> static auto give_value(V &&value) {
    if constexpr (requires { &element_wire::give_owned; })
      return element_wire::give_owned(new V(std::move(value)));
    else
      return element_wire::give(std::move(value));
  }
};

template <class T> struct wire<result<T>> : result_wire<T> {};
template <class T> struct wire<as_number<result<T>>> : result_wire<as_number<T>> {};
template <class T> struct wire<as_bigint<result<T>>> : result_wire<as_bigint<T>> {};

// ---- any key: box, take, unbox, fits, for void and string views too ---------------------------


// A new handle of the value (void: undefined).
template <class Key, class... V> detail::handle box_as(const V &...value) {
  if constexpr (wire<Key>::type == wire_type::Void)
    return detail::handle::adopt(detail::intrinsics::value_undefined());
  else
    return wire<Key>::box(value...);
}
template <class Key> bool fits_as(i32 h) {
  if constexpr (wire<Key>::type == wire_type::Void)
    return true;
  else
    return wire<owning_key_t<Key>>::fits(h);
}
template <class Key> owned_t<Key> unbox_as(i32 h) { return wire<owning_key_t<Key>>::unbox(h); }
// The value of a handle that fits_as<Key> accepted; releases the handle.
template <class Key> owned_t<Key> take_as(detail::handle h) {
  return wire<owning_key_t<Key>>::take(std::move(h));
}

} // namespace jsinterop::abi

// Instances of exported classes and value objects: here, after box_as and take_as, which a value
// object's fields cross through, and before spelling, which spells a class by its key.
#include "jsinterop/detail/classes.h"

namespace jsinterop::abi {

// Whether reading a JS value as Key takes several reads (an array: its length, then each element;
// an optional array), which a getter or a Proxy may answer differently.
template <class Key> constexpr bool read_in_steps() {
  using W = wire<owning_key_t<Key>>;
  if constexpr (W::type == wire_type::Array || W::type == wire_type::ValueObject) // each field
    return true;
  else if constexpr (W::type == wire_type::Optional)
    return read_in_steps<typename W::element>();
  else
    return false;
}

// A handle whose value fits_as<Key> and take_as<Key> may both read: for a value read in steps, a
// copy JS made in one read (the intrinsic copy_in); any other value as it is.
template <class Key> detail::handle read_once(detail::handle h) {
  if constexpr (read_in_steps<Key>()) {
    const std::string spelled = spelling<owning_key_t<Key>>(); // not kept: see array_wire::unbox
    return detail::handle::adopt(detail::intrinsics::copy_in(
        h.get(), address_of(spelled.data()), static_cast<i32>(spelled.size())));
  } else {
    return h;
  }
}

template <class Key> std::string spelling() {
  using W = wire<Key>;
  if constexpr (requires { typename W::parameter_keys; }) // function<A..., R>
    return W::name();
  std::string text(info(W::type).name);
  if constexpr (requires { typename W::class_type; }) // by its key: instance<@5242880>
    return text + "<@" + std::to_string(detail::class_key_of<typename W::class_type>()) + ">";
  if constexpr (requires { typename W::element; })
    text += "<" + spelling<typename W::element>() + ">";
  return text;
}

inline std::string js_type_of(i32 h) { return detail::read_string<detail::intrinsics::type_of>(h); }

// ---- promise<T>: jsinterop::task<T>, a handle of a JS Promise ---------------------------------
// JS -> C++: a task that holds the promise and subscribes (promise_then) when something first
// waits for it; jsinterop_settle finishes it. C++ -> JS: the task's own promise when it came from
// JS, else a deferred promise settled when the task finishes. docs/design.md, "Promises and tasks".

template <class Key> std::string awaited() { return "the awaited promise<" + spelling<Key>() + ">"; }

// A new Error whose message names what was awaited, with the JS value as its cause.
inline js_error awaited_error(std::string message, const detail::handle &cause) {
  js_error error(message);
  static constexpr std::string_view key = "cause";
  detail::intrinsics::object_set(error.js_handle().get(), address_of(key.data()),
                                 static_cast<i32>(key.size()), cause.get());
  return error;
}

// Finishes a task of Key with a settled promise's value.
template <class Key>
void settle_task(detail::task_state<cxx_type_t<Key>> &state, bool rejected, detail::handle value) {
  using W = wire<Key>;
  if constexpr (W::type == wire_type::Result) {
    using E = typename W::element;
    if (!rejected)
      value = read_once<E>(std::move(value));
    if (rejected)
      state.value.emplace(unexpected(js_error(std::move(value)))); // the JS value, as thrown
    else if (!fits_as<E>(value.get()))
      state.value.emplace(unexpected(awaited_error(
          "jsinterop: " + awaited<Key>() + " resolved to a value that is not " + spelling<E>() +
              " (" + js_type_of(value.get()) + ")",
          value)));
    else if constexpr (wire<E>::type == wire_type::Void)
      state.value.emplace();
    else
      state.value.emplace(take_as<E>(std::move(value)));
  } else {
    if (!rejected)
      value = read_once<Key>(std::move(value));
    if (rejected)
      state.set_failure(awaited_error(
          "jsinterop: " + awaited<Key>() + " rejected: " + js_error(detail::handle(value)).message(),
          value));
    else if (!fits_as<Key>(value.get()))
      state.set_failure(awaited_error("jsinterop: " + awaited<Key>() +
                                          " resolved to a value that is not " + spelling<Key>() +
                                          " (" + js_type_of(value.get()) + ")",
                                      value));
    else if constexpr (W::type == wire_type::Void)
      state.value.emplace();
    else
      state.value.emplace(take_as<Key>(std::move(value)));
  }
}

template <class Key> class js_promise_state final : public detail::task_state<cxx_type_t<Key>> {
public:
  explicit js_promise_state(detail::handle promise) : promise_(std::move(promise)) {}
  i32 js_promise() const override { return promise_.get(); }
  // jsinterop_settle: the promise settled (it releases the subscription's reference afterwards).
  void settle(bool rejected, i32 value) override {
    settle_task<Key>(*this, rejected, detail::handle::adopt(value));
    this->complete().resume();
  }

protected:
  void subscribe() override {
    if (subscribed_)
      return;
    subscribed_ = true;
    this->add_ref(); // until jsinterop_settle
    detail::intrinsics::promise_then(promise_.get(),
                                     address_of(static_cast<detail::task_state_base *>(this)));
  }

private:
  detail::handle promise_;
  bool subscribed_ = false;
};

// Settles a deferred promise with a finished task's outcome, then releases it.
template <class Key> void settle_deferred(detail::task_state_base &finished, i32 deferred) {
  auto &state = static_cast<detail::task_state<cxx_type_t<Key>> &>(finished);
  auto reject = [&](const js_error &error) {
    detail::intrinsics::deferred_reject(deferred, error.js_handle().get_or_fatal(js_error::used_empty));
  };
  auto resolve = [&](const detail::handle &value) {
    detail::intrinsics::deferred_resolve(deferred, value.get());
  };
  if (state.failed()) {
    reject(state.failure());
  } else if constexpr (wire<Key>::type == wire_type::Result) {
    using E = typename wire<Key>::element;
    const auto &value = *state.value;
    if (!value)
      reject(value.error());
    else if constexpr (wire<E>::type == wire_type::Void)
      resolve(box_as<E>());
    else
      resolve(box_as<E>(*value));
  } else if constexpr (wire<Key>::type == wire_type::Void) {
    resolve(box_as<Key>());
  } else {
    resolve(box_as<Key>(*state.value));
  }
  detail::intrinsics::release(deferred);
}

template <class Key> struct promise_wire {
  static constexpr wire_type type = wire_type::Promise;
  using element = Key;
  using value_type = task<cxx_type_t<Key>>;

  static detail::pack<detail::handle> lend(const value_type &value) { return {to_js(value)}; }
  static value_type lift(i32 h) { return from_js(detail::handle::adopt(h)); }
  static i32 give(const value_type &value) { return to_js(value).give_up(); }

  static value_type from_js(detail::handle promise) {
    return value_type(detail::state_ref<detail::task_state<cxx_type_t<Key>>>(
        new js_promise_state<Key>(std::move(promise))));
  }
  static detail::handle to_js(const value_type &value) {
    auto &state = value.state();
    if (i32 promise = state.js_promise()) // a JS promise goes back as itself
      return detail::handle::adopt(detail::intrinsics::duplicate(promise));
    i32 deferred = detail::intrinsics::deferred_new();
    auto promise = detail::handle::adopt(detail::intrinsics::deferred_promise(deferred));
    if (state.done())
      settle_deferred<Key>(state, deferred);
    else
      state.wait({{}, nullptr, &settle_deferred<Key>, deferred});
    return promise;
  }
};

template <class T> struct wire<task<T>> : promise_wire<T> {};
template <class T> struct wire<as_number<task<T>>> : promise_wire<as_number<T>> {};
template <class T> struct wire<as_bigint<task<T>>> : promise_wire<as_bigint<T>> {};

// ---- function<A..., R>: std::function<R(A...)>, a handle of a JS function ---------------------
// C++ -> JS: a callable of the runtime library's table, which JS calls with its arguments in an
// array (jsinterop_invoke_callable). JS -> C++: a std::function whose copies share the handle of
// the JS function, called with function_call. docs/design.md, "Callbacks".

template <class Function, class ResultKey, class... ParameterKeys> struct function_wire;

template <class R, class... A, class ResultKey, class... ParameterKeys>
struct function_wire<std::function<R(A...)>, ResultKey, ParameterKeys...> {
  static constexpr wire_type type = wire_type::Function;
  using value_type = std::function<R(A...)>;
  using result_key = ResultKey;
  using parameter_keys = std::tuple<ParameterKeys...>;
  static_assert(sizeof...(A) == sizeof...(ParameterKeys));

  // function<A..., R>, for messages.
  static std::string name() {
    std::string text = "function<";
    ((text += spelling<ParameterKeys>(), text += ", "), ...);
    return text + spelling<ResultKey>() + ">";
  }

  // A JS function, called from C++.
  struct js_function {
    std::shared_ptr<const detail::handle> function;

    R operator()(A... args) const {
      auto arguments = detail::handle::adopt(detail::intrinsics::array_new());
      (detail::intrinsics::array_push(arguments.get(), box_as<ParameterKeys>(args).get()), ...);
      i32 error = 0;
      auto result = detail::handle::adopt(
          detail::intrinsics::function_call(function->get(), arguments.get(), address_of(&error)));
      if (error) {
        js_error thrown(detail::handle::adopt(error));
        if constexpr (detail::is_result_v<R>)
          return unexpected(std::move(thrown));
        else
          detail::fatal("jsinterop: a JS function called as " + name() + " threw: " + thrown.message());
      }
      return read_result(std::move(result));
    }

  private:
    static std::string misfit(std::string_view expected, i32 h) {
      return "jsinterop: a JS function called as " + name() + " returned a value that is not " +
             std::string(expected) + " (" + js_type_of(h) + ")";
    }
    static R read_result(detail::handle result) {
      if constexpr (std::is_void_v<R>) {
        return;
      } else if constexpr (detail::is_result_v<R>) {
        using E = typename wire<ResultKey>::element;
        result = read_once<E>(std::move(result));
        if (!fits_as<E>(result.get()))
          return unexpected(js_error(misfit(spelling<E>(), result.get())));
        if constexpr (wire<E>::type == wire_type::Void)
          return R();
        else
          return R(take_as<E>(std::move(result)));
      } else {
        result = read_once<ResultKey>(std::move(result));
        if (!fits_as<ResultKey>(result.get()))
          detail::fatal(misfit(spelling<ResultKey>(), result.get()));
        return take_as<ResultKey>(std::move(result));
      }
    }
  };

  // A C++ callable, called from JS.
  class cxx_callable final : public detail::callable {
  public:
    explicit cxx_callable(value_type function) : function_(std::move(function)) {}

    i32 invoke(i32 arguments) override {
      auto array = detail::handle::adopt(arguments);
      i32 count = detail::intrinsics::array_length(arguments);
      return [&]<std::size_t... I>(std::index_sequence<I...>) -> i32 {
        std::tuple<std::optional<owned_t<ParameterKeys>>...> values;
        if (!(read<I, ParameterKeys>(array.get(), count, std::get<I>(values)) && ...))
          return 0; // JS throws the TypeError
        if constexpr (std::is_void_v<R>) {
          function_(std::move(*std::get<I>(values))...);
          return detail::intrinsics::value_undefined();
        } else {
          return give_result(function_(std::move(*std::get<I>(values))...));
        }
      }(std::index_sequence_for<ParameterKeys...>{});
    }

  private:
    // Argument I (undefined when JS passed fewer; extra ones are ignored, as in JS).
    template <std::size_t I, class Key, class V> static bool read(i32 array, i32 count, std::optional<V> &slot) {
      bool passed = static_cast<i32>(I) < count;
      auto argument = read_once<Key>(detail::handle::adopt(
          passed ? detail::intrinsics::array_get(array, static_cast<i32>(I)) : detail::intrinsics::value_undefined()));
      if (!fits_as<Key>(argument.get())) {
        std::string message =
            passed ? "jsinterop: argument " + std::to_string(I + 1) + " of a C++ callback " + name() +
                         " is not " + spelling<Key>() + " (" + js_type_of(argument.get()) + ")"
                   : "jsinterop: a C++ callback " + name() + " takes " +
                         std::to_string(sizeof...(ParameterKeys)) + " argument(s), got " +
                         std::to_string(count);
        detail::set_export_error(detail::type_error(message).give_up());
        return false;
      }
      slot.emplace(take_as<Key>(std::move(argument)));
      return true;
    }
    // A template, so that a void R never forms a void parameter.
    template <class V> static i32 give_result(V value) {
      if constexpr (detail::is_result_v<R>) {
        using E = typename wire<ResultKey>::element;
        if (!value) {
          detail::set_export_error(wire<js_error>::give(std::move(value).error()));
          return 0;
        }
        if constexpr (wire<E>::type == wire_type::Void)
          return box_as<E>().give_up();
        else
          return box_as<E>(*value).give_up();
      } else {
        return box_as<ResultKey>(value).give_up();
      }
    }

    value_type function_;
  };

  static detail::pack<detail::handle> lend(const value_type &value) { return {box(value)}; }
  static value_type lift(i32 h) { return take(detail::handle::adopt(h)); }
  static i32 give(const value_type &value) { return box(value).give_up(); }
  // An empty std::function is null.
  static detail::handle box(const value_type &value) {
    if (!value)
      return detail::handle::adopt(detail::intrinsics::value_null());
#if __cpp_rtti
    if (auto *js = value.template target<js_function>()) // a JS function goes back as itself
      return *js->function;
#endif
    i32 id = detail::register_callable(std::make_shared<cxx_callable>(value));
    return detail::handle::adopt(detail::intrinsics::function_new(id));
  }
  static value_type take(detail::handle h) {
    return js_function{std::make_shared<const detail::handle>(std::move(h))};
  }
  static value_type unbox(i32 h) {
    if (!fits(h))
      detail::fatal("jsinterop: expected a JS function for " + name() + ", got " + js_type_of(h));
    return take(detail::handle::adopt(detail::intrinsics::duplicate(h)));
  }
  static bool fits(i32 h) { return js_type_of(h) == "function"; }
};

// function_ref<R(A...)>: an import's parameter only. The JS function made for the call is revoked
// when the import returns (lent_function's destructor), so its callable never waits for a finalizer.
template <class Function, class ResultKey, class... ParameterKeys> struct function_ref_wire;

template <class R, class... A, class ResultKey, class... ParameterKeys>
struct function_ref_wire<function_ref<R(A...)>, ResultKey, ParameterKeys...> {
  static constexpr wire_type type = wire_type::Function;
  using callable = typename function_wire<std::function<R(A...)>, ResultKey, ParameterKeys...>::cxx_callable;

  static detail::pack<detail::lent_function> lend(const function_ref<R(A...)> &function) {
    i32 id = detail::register_callable(std::make_shared<callable>(std::function<R(A...)>(function)));
    return {detail::lent_function(detail::intrinsics::function_lend(id))};
  }
};

template <class T> using plain_key = std::remove_cvref_t<T>;
template <class R, class... A>
struct wire<std::function<R(A...)>>
    : function_wire<std::function<R(A...)>, plain_key<R>, plain_key<A>...> {};
template <class R, class... A>
struct wire<as_number<std::function<R(A...)>>>
    : function_wire<std::function<R(A...)>, as_number<plain_key<R>>, as_number<plain_key<A>>...> {};
template <class R, class... A>
struct wire<as_bigint<std::function<R(A...)>>>
    : function_wire<std::function<R(A...)>, as_bigint<plain_key<R>>, as_bigint<plain_key<A>>...> {};

template <class R, class... A>
struct wire<function_ref<R(A...)>>
    : function_ref_wire<function_ref<R(A...)>, plain_key<R>, plain_key<A>...> {};
template <class R, class... A>
struct wire<as_number<function_ref<R(A...)>>>
    : function_ref_wire<function_ref<R(A...)>, as_number<plain_key<R>>, as_number<plain_key<A>>...> {};
template <class R, class... A>
struct wire<as_bigint<function_ref<R(A...)>>>
    : function_ref_wire<function_ref<R(A...)>, as_bigint<plain_key<R>>, as_bigint<plain_key<A>>...> {};

// The wire of a parameter or result type as written: `const T&` maps like T.
template <class T> using wire_of = wire<std::remove_cvref_t<T>>;

template <class T> constexpr bool has_result_slot = requires { typename wire<T>::result_slot; };

// ---- consistency with wire_types.def ---------------------------------------------------------

template <class W> constexpr char letter() {
  if constexpr (std::is_same_v<W, i32> || std::is_same_v<W, detail::handle> ||
                std::is_same_v<W, detail::lent_function>)
    return 'i';
  else if constexpr (std::is_same_v<W, i64>) return 'I';
  else if constexpr (std::is_same_v<W, f32>) return 'f';
  else if constexpr (std::is_same_v<W, f64>) return 'd';
  else return '?';
}

// The letters of a function's wasm parameters.
template <class R, class... A> constexpr bool takes_wasm(R (*)(A...), std::string_view letters) {
  const char taken[] = {letter<A>()..., '\0'};
  return letters == std::string_view(taken, sizeof...(A));
}

template <class Key> constexpr bool lowers_params_to(std::string_view letters) {
  using W = wire<Key>;
  if constexpr (requires { &W::lend; }) {
    using lent = decltype(W::lend(std::declval<const cxx_type_t<Key> &>()));
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return letters.size() == sizeof...(I) &&
             ((letters[I] == letter<detail::member_t<I, lent>>()) && ...);
    }(std::make_index_sequence<lent::size>{});
  } else if constexpr (requires { &W::lift; }) { // an export's parameter only (instance_or_null)
    return takes_wasm(&W::lift, letters);
  } else {
    return letters.empty();
  }
}

template <class Key> constexpr bool lowers_result_to(std::string_view letters) {
  using W = wire<Key>;
  if constexpr (requires { &W::give_owned; }) // an instance, built by call_export
    return letters.size() == 1 && letters[0] == letter<decltype(W::give_owned(nullptr))>();
  else if constexpr (!requires { &W::give; }) // parameter-only types (string_view, span) and void
    return W::type == wire_type::Void ? letters.empty() : true;
  else if constexpr (has_result_slot<Key>)
    return letters == "p";
  else
    return letters.size() == 1 &&
           letters[0] == letter<decltype(W::give(std::declval<cxx_type_t<Key>>()))>();
}

// A Direct row's C++ type is one C++'s calling convention passes as a wasm value.
template <class Key> constexpr bool direct_as_declared() {
  using T = cxx_type_t<Key>;
  return !info(wire<Key>::type).direct || std::is_void_v<T> || std::is_arithmetic_v<T> ||
         std::is_pointer_v<T>;
}

// A wire<T> agrees with its row of wire_types.def; a template's row also holds for its element.
template <class Key> constexpr bool matches_wire_table() {
  using W = wire<Key>;
  constexpr wire_type_info row = info(W::type);
  if constexpr (!direct_as_declared<Key>())
    return false;
  else if constexpr (W::type == wire_type::Result) // not a parameter; T's result
    return row.param_wasm.empty() && !requires { &W::lend; } &&
           matches_wire_table<typename W::element>();
  else if constexpr (requires { typename W::element; })
    return lowers_params_to<Key>(row.param_wasm) && lowers_result_to<Key>(row.result_wasm) &&
           matches_wire_table<typename W::element>();
  else if constexpr (requires { typename W::field_keys; }) // a value object: its fields' rows too
    return lowers_params_to<Key>(row.param_wasm) && lowers_result_to<Key>(row.result_wasm) &&
           []<class... F>(detail::field_list<F...> *) { return (matches_wire_table<F>() && ...); }(
               static_cast<typename W::field_keys *>(nullptr));
  else if constexpr (requires { typename W::parameter_keys; }) // function<A..., R>
    return lowers_params_to<Key>(row.param_wasm) && lowers_result_to<Key>(row.result_wasm) &&
           []<class... P>(std::tuple<P...> *) { return (matches_wire_table<P>() && ...); }(
               static_cast<typename W::parameter_keys *>(nullptr)) &&
           matches_wire_table<typename W::result_key>();
  else
    return lowers_params_to<Key>(row.param_wasm) && lowers_result_to<Key>(row.result_wasm);
}

template <class... Keys> constexpr bool check_wire_table() {
  bool covered[std::size(wire_type_table)] = {};
  ((covered[static_cast<std::size_t>(wire<Keys>::type)] = true), ...);
  for (bool row : covered)
    if (!row)
      return false;
  return (matches_wire_table<Keys>() && ...);
}

} // namespace jsinterop::abi

// Classes for the check below, declared as the plugin declares an exported class and a value object.
// One of each: every key here costs each file that includes this header (test/unit/wasm/classes.cpp
// checks the class wires inside other wires).
namespace jsinterop::detail::wire_table_samples {
struct exported {};
exported_class_tag jsinterop_class_kind(exported *);
struct value {
  double x;
  std::int64_t id;
};
value_object_tag jsinterop_class_kind(value *);
} // namespace jsinterop::detail::wire_table_samples

namespace jsinterop::abi {

// Every row of wire_types.def has a wire<T>, and every wire<T> lowers as its row says: a mismatch
// is a compile error here, not a misread value.
static_assert(check_wire_table<
              void, bool, std::int8_t, std::uint8_t, std::int16_t, std::uint16_t, int, unsigned,
              unsigned long, long, as_number<std::int64_t>, as_number<std::uint64_t>,
              as_bigint<std::int64_t>, as_bigint<std::uint64_t>, float, double, void *, char16_t,
              as_number<char16_t>, date, std::string, std::string_view, std::u16string,
              std::u16string_view, object, any, js_error, std::optional<int>,
              std::optional<std::string>, as_bigint<std::optional<std::int64_t>>,
              std::vector<double>, std::vector<std::string>, std::vector<std::optional<object>>,
              as_bigint<std::vector<std::int64_t>>, std::span<const std::uint8_t>,
              as_bigint<std::span<std::uint64_t>>, array_segment<double>,
              as_bigint<array_segment<std::int64_t>>, result<void>, result<int>,
              result<std::string>, as_number<result<std::int64_t>>, task<void>, task<int>,
              task<std::string>, as_bigint<task<std::int64_t>>, task<result<void>>,
              as_number<task<result<std::vector<std::int64_t>>>>, std::function<void()>,
              std::function<int(std::string_view, const std::string &, double)>,
              as_number<std::function<void(std::int64_t)>>,
              std::function<result<std::optional<object>>(any, std::vector<int>)>,
              detail::wire_table_samples::exported, detail::wire_table_samples::exported *,
              detail::wire_table_samples::value>());

} // namespace jsinterop::abi

#include "jsinterop/detail/object_operations.h"

#endif
