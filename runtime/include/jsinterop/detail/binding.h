// What the plugin writes uses these templates: an import's body calls call_import, and an export's
// record (export_record) names an instantiation of call_export, which JS calls with the exported
// function. All marshalling is here and in wire.h, resolved at compile time from the C++ signature;
// the plugin only names the signature and the function on the other side. That function is an
// argument, not a template argument, so that all bindings of one signature share one
// instantiation, compiled and optimized once per file, and each binding's own code is a single call
// or a record (bindings of values that cross as themselves have none: the plugin makes the C++
// function the wasm import or export itself). The helpers below call_import and call_export are
// always inlined: each is used once per signature, and inlined before optimization it is not
// optimized as a function of its own first (bench/compile-time/README.md). The light call_import
// is not: it is inlined into every import, and optimized once before that.
#ifndef JSINTEROP_DETAIL_BINDING_H
#define JSINTEROP_DETAIL_BINDING_H

#include <array>
#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

#include "jsinterop/detail/pack.h"
#include "jsinterop/wire.h"

namespace jsinterop::detail {

// A lent value as the raw import takes it: a handle built for the call is passed by its number.
template <class W> [[gnu::always_inline]] auto wasm_value(const W &value) {
  if constexpr (std::is_same_v<W, handle> || std::is_same_v<W, lent_function>)
    return value.get();
  else
    return value;
}

// result<T>: a leading error slot, where JS stores the handle of what the function threw; the
// raw result is then not a value and is not lifted.
template <class W, class Raw, class... V>
[[gnu::always_inline]] typename W::value_type call_with_error_slot(Raw *raw, V... values) {
  using element_wire = abi::wire<typename W::element>;
  abi::i32 error = 0;
  auto thrown = [&] { return unexpected(js_error(handle::adopt(error))); };
  if constexpr (element_wire::type == abi::wire_type::Void) {
    raw(abi::address_of(&error), values...);
    if (error)
      return thrown();
    return {};
  } else if constexpr (requires { typename element_wire::result_slot; }) {
    typename element_wire::result_slot slot{};
    raw(abi::address_of(&error), abi::address_of(&slot), values...);
    if (error)
      return thrown();
    return element_wire::lift_slot(std::move(slot));
  } else {
    auto result = raw(abi::address_of(&error), values...);
    if (error)
      return thrown();
    return element_wire::lift(result);
  }
}

// Calls the raw import with the wasm values of the arguments and lifts its result. A result that
// travels through memory arrives in a slot whose address goes first (after the error slot of a
// result<T>). The values are plain numbers; what they refer to lives in the caller until the call
// returns.
template <class W, class Raw, class... V>
[[gnu::always_inline]] auto call_and_lift(Raw *raw, V... values) {
  if constexpr (W::type == abi::wire_type::Void) {
    raw(values...);
  } else if constexpr (W::type == abi::wire_type::Result) {
    return call_with_error_slot<W>(raw, values...);
  } else if constexpr (requires { typename W::result_slot; }) {
    typename W::result_slot slot{};
    raw(abi::address_of(&slot), values...);
    return W::lift_slot(std::move(slot));
  } else {
    return W::lift(raw(values...));
  }
}

template <class Signature> struct binding;

template <class R, class... P> struct binding<R(P...)> {
  using result_type = abi::cxx_type_t<R>;
  using result_wire = abi::wire_of<R>;

  // JS -> C++: lift the wasm values of each parameter (I... indexes P...: parameter_indices) and
  // call the exported function; call_export below gives its result to JS. Each lifted value is a
  // prvalue of what the function takes, so it is built in the parameter itself (a string is not
  // moved in and out of a holder first). What JS wrote for a string view lives until the end of
  // the full expression: the left operands of the commas keep it (wire::keep_until_returned).
  template <class Function, std::size_t... I, class... Wasm>
  [[gnu::always_inline]]
  static result_type call_export(Function *function, std::index_sequence<I...>, Wasm... wasm) {
    pack<Wasm...> values{{wasm}...};
    return ((void)keep_until_returned<P, offsets[I]>(values, std::make_index_sequence<arity<P>>{}), ...,
            function(lift_parameter<P, offsets[I]>(values, std::make_index_sequence<arity<P>>{})...));
  }

  // C++ -> JS: lend every argument as wasm values and call the raw wasm import (call_import below
  // says where). Values built for the call (boxed optionals, arrays) live in `lent` until the
  // import returns. `lent` holds one pack per parameter, flattened through `flat`
  // (std::tuple_cat would instantiate templates quadratically in the number of parameters).
  // J... indexes `flat` (flat_indices; an argument, so that no lambda is instantiated to unpack it).
  template <class Raw, std::size_t... J>
  [[gnu::always_inline]]
  static result_type marshal_import(Raw *raw, std::index_sequence<J...>, const abi::cxx_type_t<P> &...args) {
    pack<lent_t<P>...> lent{{abi::wire_of<P>::lend(args)}...};
    return call_and_lift<result_wire>(raw, wasm_value(member<flat[J].element>(member<flat[J].parameter>(lent)))...);
  }

private:
  // The wasm values a parameter is lent as.
  template <class T>
  using lent_t = decltype(abi::wire_of<T>::lend(std::declval<const abi::cxx_type_t<T> &>()));

  // How many wasm values a parameter takes: as many as it is lent as, or, for a type that is an
  // export's parameter only (T* of an exported class), as its lift takes.
  template <class T> static constexpr std::size_t arity = [] {
    if constexpr (requires { typename lent_t<T>; })
      return lent_t<T>::size;
    else
      return []<class L, class... A>(L (*)(A...)) { return sizeof...(A); }(&abi::wire_of<T>::lift);
  }();

  // For each wasm value of the raw import, in order: its parameter and its place in that
  // parameter's lent tuple.
  struct flat_index {
    std::size_t parameter, element;
  };
  static constexpr std::array<flat_index, (arity<P> + ... + 0)> flat = [] {
    std::array<flat_index, (arity<P> + ... + 0)> result{};
    std::size_t next = 0, parameter = 0;
    ((void)[&] {
       for (std::size_t element = 0; element < arity<P>; ++element)
         result[next++] = {parameter, element};
       ++parameter;
     }(),
     ...);
    return result;
  }();

  // Where each parameter's wasm values start among the wasm values of an export call.
  static constexpr std::array<std::size_t, sizeof...(P)> offsets = [] {
    std::array<std::size_t, sizeof...(P)> result{};
    std::size_t next = 0, index = 0;
    ((result[index++] = next, next += arity<P>), ...);
    return result;
  }();

  // decltype(auto): an instance is lifted as a reference to its object, which a T& parameter borrows.
  template <class T, std::size_t Offset, class Values, std::size_t... K>
  [[gnu::always_inline]] static decltype(auto) lift_parameter(Values &values, std::index_sequence<K...>) {
    return abi::wire_of<T>::lift(member<Offset + K>(values)...);
  }
  template <class T, std::size_t Offset, class Values, std::size_t... K>
  [[gnu::always_inline]] static auto keep_until_returned(Values &values, std::index_sequence<K...>) {
    if constexpr (requires { abi::wire_of<T>::keep_until_returned(member<Offset + K>(values)...); })
      return abi::wire_of<T>::keep_until_returned(member<Offset + K>(values)...);
  }

  // Whether a parameter is lent as plain wasm values (no handle built for the call).
  template <class T>
  static constexpr bool lent_as_is = []<std::size_t... I, class... W>(indexed_pack<std::index_sequence<I...>, W...> *) {
    return (std::is_arithmetic_v<W> && ...);
  }(static_cast<lent_t<T> *>(nullptr));

public: // what call_import and call_export need
  // The indices of P..., which call_export takes.
  using parameter_indices = std::index_sequence_for<P...>;
  // The indices of `flat`, which marshal_import takes.
  using flat_indices = std::make_index_sequence<flat.size()>;
  // Light: every argument is lent as plain wasm values and the result is one wasm value (no
  // result slot, no error slot); call_import chooses its overload by it.
  static constexpr bool light = (lent_as_is<P> && ...) && !requires { typename result_wire::result_slot; } &&
                                result_wire::type != abi::wire_type::Result;
  // An export that takes an instance borrows it for the call (borrow_scope, detail/classes.h).
  static constexpr bool borrows = (abi::holds_instance<std::remove_cvref_t<P>>() || ...);
};

// An import's body calls this. A light signature is marshalled inline (a few instructions, then
// a direct call of the raw import); any other in one out-of-line instantiation that all imports of
// the signature share, compiled and optimized once per file and called from each import directly
// (no layer left to inline at each call).
template <class Signature, class Raw, class... A>
  requires binding<Signature>::light
auto call_import(Raw *raw, const A &...args) {
  return binding<Signature>::marshal_import(raw, typename binding<Signature>::flat_indices{}, args...);
}
template <class Signature, class Raw, class... A>
  requires(!binding<Signature>::light)
[[gnu::noinline]] auto call_import(Raw *raw, const A &...args) {
  return binding<Signature>::marshal_import(raw, typename binding<Signature>::flat_indices{}, args...);
}

// An export's dispatcher: JS calls it through the module's function table with the exported
// function (its table index) and the wasm values of the arguments. One instantiation per signature
// and function type serves every export of that signature.
template <class Signature, class Function, class... Wasm> auto call_export(Function *function, Wasm... wasm) {
  using bound = binding<Signature>;
  using result_wire = typename bound::result_wire;
  using result_type = typename bound::result_type;
  constexpr typename bound::parameter_indices parameters;
  // Until the result is given: an instance JS disposes of meanwhile is destroyed after the call.
  [[maybe_unused]] std::conditional_t<bound::borrows, borrow_scope, no_borrow_scope> scope;
  if constexpr (std::is_void_v<result_type>) {
    bound::call_export(function, parameters, wasm...);
  } else if constexpr (requires { &result_wire::give_owned; }) {
    // An instance: the result is built in the new object itself, so a T that cannot move crosses.
    return result_wire::give_owned(new result_type(bound::call_export(function, parameters, wasm...)));
  } else if constexpr (requires { &result_wire::give_placed; }) {
    alignas(result_type) unsigned char storage[sizeof(result_type)];
    return result_wire::give_placed(::new (storage) result_type(bound::call_export(function, parameters, wasm...)));
  } else {
    return result_wire::give(bound::call_export(function, parameters, wasm...));
  }
}

// What the plugin writes for an export that is not direct, instead of code: a record in the data
// section jsinterop_exports, which the linker gathers and the JS runtime reads at instantiation
// (docs/design.md, "Exports"). JS calls `dispatch` (a call_export) with `target` first.
using any_function = void (*)();
struct export_record {
  const char *name; // NUL-terminated: the binding's line in the descriptor section
  any_function dispatch;
  any_function target;
};

} // namespace jsinterop::detail

#endif
