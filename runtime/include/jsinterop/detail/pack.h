// A minimal tuple: an aggregate of indexed members, for the wasm values a parameter is lent as and
// the values of one call. std::tuple's converting constructors and traits took longer to
// instantiate than the marshalling that uses them.
#ifndef JSINTEROP_DETAIL_PACK_H
#define JSINTEROP_DETAIL_PACK_H

#include <cstddef>
#include <utility>

namespace jsinterop::detail {

template <std::size_t I, class T> struct pack_member {
  T value;
};
template <class Indices, class... T> struct indexed_pack;
template <std::size_t... I, class... T>
struct indexed_pack<std::index_sequence<I...>, T...> : pack_member<I, T>... {
  static constexpr std::size_t size = sizeof...(T);
};
template <class... T> using pack = indexed_pack<std::index_sequence_for<T...>, T...>;
// Member I of a pack (T is deduced from the pack's base); always inlined, like binding.h's helpers.
template <std::size_t I, class T> [[gnu::always_inline]] T &member(pack_member<I, T> &m) { return m.value; }
// The type of member I.
template <std::size_t I, class T> T member_type_of(const pack_member<I, T> &);
template <std::size_t I, class Pack> using member_t = decltype(member_type_of<I>(std::declval<const Pack &>()));

} // namespace jsinterop::detail

#endif
