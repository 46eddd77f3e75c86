// The bodies the plugin writes call these two templates: call_import for an import, call_export
// for the wrapper of an export. All marshalling is here, resolved at compile time from the C++
// signature; the plugin only names the signature and the function on the other side.
#ifndef JSINTEROP_DETAIL_BINDING_H
#define JSINTEROP_DETAIL_BINDING_H

#include <array>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

#include "jsinterop/wire.h"

namespace jsinterop::detail {

template <class Signature> struct binding;

template <class R, class... P> struct binding<R(P...)> {
  // C++ -> JS: lower every argument to wasm values and call the raw wasm import.
  template <auto RawImport> static R call_import(const std::remove_cvref_t<P> &...args) {
    auto lowered = std::tuple_cat(abi::wire_of<P>::lower(args)...);
    auto raw = [](auto... wasm) { return RawImport(wasm...); };
    if constexpr (std::is_void_v<R>) {
      std::apply(raw, lowered);
    } else if constexpr (abi::result_in_memory(abi::wire_of<R>::type)) {
      typename abi::wire_of<R>::result_slot slot{};
      std::apply([&](auto... wasm) { RawImport(abi::address_of(&slot), wasm...); }, lowered);
      return abi::wire_of<R>::lift_result(std::move(slot));
    } else {
      return abi::wire_of<R>::lift_result(std::apply(raw, lowered));
    }
  }

  // JS -> C++: lift the wasm values of each parameter, call the exported function, lower its result.
  template <auto Function, class... Wasm> static auto call_export(Wasm... wasm) {
    std::tuple<Wasm...> values{wasm...};
    auto call = [&]<std::size_t... I>(std::index_sequence<I...>) -> R {
      return Function(lift_parameter<P, offsets[I]>(values)...);
    };
    if constexpr (std::is_void_v<R>) {
      call(std::index_sequence_for<P...>{});
    } else if constexpr (abi::result_in_memory(abi::wire_of<R>::type)) {
      return abi::wire_of<R>::to_return_area(call(std::index_sequence_for<P...>{}));
    } else {
      return std::get<0>(abi::wire_of<R>::lower(call(std::index_sequence_for<P...>{})));
    }
  }

private:
  // Where each parameter's wasm values start in the export wrapper's parameter list.
  static constexpr std::array<std::size_t, sizeof...(P)> offsets = [] {
    std::array<std::size_t, sizeof...(P)> result{};
    std::size_t next = 0, index = 0;
    ((result[index++] = next, next += abi::lowered_arity<P>), ...);
    return result;
  }();

  template <class T, std::size_t Offset, class Values> static auto lift_parameter(Values &values) {
    return [&]<std::size_t... K>(std::index_sequence<K...>) {
      return abi::wire_of<T>::lift(std::get<Offset + K>(values)...);
    }(std::make_index_sequence<abi::lowered_arity<T>>{});
  }
};

template <class Signature, auto RawImport, class... A> decltype(auto) call_import(A &&...args) {
  return binding<Signature>::template call_import<RawImport>(std::forward<A>(args)...);
}

template <class Signature, auto Function, class... Wasm> auto call_export(Wasm... wasm) {
  return binding<Signature>::template call_export<Function>(wasm...);
}

} // namespace jsinterop::detail

#endif
