// The tags the plugin wraps a declared type in when marshal_as("number") or marshal_as("bigint")
// chooses how the 64-bit integers (or char16_t) inside it cross: as_bigint<std::int64_t>,
// as_number<std::optional<std::uint64_t>>, as_bigint<std::vector<std::int64_t>>,
// as_number<char16_t>. They only select a wire<>; the C++ value is the wrapped type.
#ifndef JSINTEROP_ABI_MARSHAL_AS_H
#define JSINTEROP_ABI_MARSHAL_AS_H

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace jsinterop::abi {

template <class T> struct as_number {};
template <class T> struct as_bigint {};

// The C++ type behind a wire key (a type as written, or a tagged one).
template <class T> struct cxx_type { using type = T; };
template <class T> struct cxx_type<as_number<T>> { using type = T; };
template <class T> struct cxx_type<as_bigint<T>> { using type = T; };
template <class T> using cxx_type_t = typename cxx_type<std::remove_cvref_t<T>>::type;

// The wire key for a value that crosses without a declaration to say how (any, object::get/set):
// 64-bit integers as bigint (the only lossless choice), C strings as strings.
template <class T> struct dynamic_key { using type = T; };
template <> struct dynamic_key<std::int64_t> { using type = as_bigint<std::int64_t>; };
template <> struct dynamic_key<std::uint64_t> { using type = as_bigint<std::uint64_t>; };
template <> struct dynamic_key<const char *> { using type = std::string_view; };
template <> struct dynamic_key<char *> { using type = std::string_view; };
template <class T> using dynamic_key_t = typename dynamic_key<std::decay_t<T>>::type;

// What a value read from JS is kept as: a string view is read as its string (a callback's
// std::string_view parameter, say).
template <class Key> struct owning_key { using type = Key; };
template <> struct owning_key<std::string_view> { using type = std::string; };
template <> struct owning_key<std::u16string_view> { using type = std::u16string; };
template <class T> struct owning_key<as_number<T>> { using type = as_number<typename owning_key<T>::type>; };
template <class T> struct owning_key<as_bigint<T>> { using type = as_bigint<typename owning_key<T>::type>; };
template <class Key> using owning_key_t = typename owning_key<Key>::type;
template <class Key> using owned_t = cxx_type_t<owning_key_t<Key>>;

} // namespace jsinterop::abi

#endif
