// C++ classes as JS classes (docs/design.md, "Classes"): the wires of an exported class's instances
// (instance<T>, instance_or_null<T>) and of a value object (value_object<T>), and what the plugin's
// records name for each class: destroy_instance<T> and class_key_of<T>. Included by wire.h, after
// the wires of the other types, which a value object's fields use.
#ifndef JSINTEROP_DETAIL_CLASSES_H
#define JSINTEROP_DETAIL_CLASSES_H

#include <concepts>
#include <string>
#include <type_traits>
#include <utility>

#include "jsinterop/abi/marshal_as.h"
#include "jsinterop/abi/wasm.h"
#include "jsinterop/abi/wire_types.h"
#include "jsinterop/detail/handle.h"
#include "jsinterop/detail/intrinsics.h"
#include "jsinterop/detail/pack.h"

namespace jsinterop::detail {

// What the plugin declares, for each class it binds, in the class's innermost enclosing namespace:
//   ::jsinterop::detail::exported_class_tag jsinterop_class_kind(geo::Polygon *);
//   ::jsinterop::detail::value_object_tag jsinterop_class_kind(geo::Point *);
// Declared only, never defined: the concepts below find it by argument-dependent lookup. So the
// plugin writes it next to the class, inside the class's namespace, where a specialization of a
// trait of this namespace could not be written.
struct exported_class_tag {};
struct value_object_tag {};

template <class T>
concept exported_class = requires(T *pointer) {
  { jsinterop_class_kind(pointer) } -> std::same_as<exported_class_tag>;
};
template <class T>
concept value_object = requires(T *pointer) {
  { jsinterop_class_kind(pointer) } -> std::same_as<value_object_tag>;
};

// The class key: the address of this variable. Distinct objects never share an address, whereas
// identical functions (two classes' destroy_instance, say) may be folded into one by the linker or
// wasm-opt. JS learns each class's key from its record (class_key_of) and spells classes by it.
template <class T> inline constexpr char class_key = 0;
template <class T> abi::i32 class_key_of() { return abi::address_of(&class_key<T>); }

// What a JS instance's dispose() or finalizer runs (through jsinterop_dispose_instance): the
// instance's object was made by `new T`.
// Value objects have no C++ object on the JS side: nothing to do.
template <class T> void destroy_instance(abi::i32 pointer) {
  if constexpr (exported_class<T>)
    delete abi::from_address<T>(pointer);
}

// Borrow safety: an instance JS disposes of while an export call that may borrow it runs (one with
// an instance parameter or receiver: a borrow_scope lives around it) is destroyed once no export is
// on the stack, so that no C++ reference to it dangles. JS disposes through the runtime
// library's jsinterop_dispose_instance (src/classes.cpp), which destroys at once when no scope lives.
// A scope only counts, with no test on the way out: a test and the call it guards made every
// method a non-leaf function and cost a sixth of a method call (bench/README.md). What waits runs
// from a microtask JS queues when the first one is deferred: no export is on the stack then.
inline abi::i32 borrow_depth = 0;
struct deferred_destruction; // a list, destroyed in src/classes.cpp
inline deferred_destruction *deferred_destructions = nullptr;

struct borrow_scope {
  borrow_scope() { ++borrow_depth; }
  borrow_scope(const borrow_scope &) = delete;
  borrow_scope &operator=(const borrow_scope &) = delete;
  ~borrow_scope() { --borrow_depth; }
};
struct no_borrow_scope {}; // what an export that takes no instance opens instead

// The fields of a value object, found by a structured binding pack (C++26, which clang accepts in
// C++20 as an extension), so that no field is named: the type of each as declared.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wc++26-extensions"
template <class... F> struct field_list {};
template <class T> auto fields_of(const T &value) {
  const auto &[... field] = value;
  return field_list<std::remove_cvref_t<decltype(field)>...>{};
}
#pragma clang diagnostic pop
template <class T> using field_list_t = decltype(fields_of(std::declval<const T &>()));

[[noreturn]] void class_misfit(std::string_view expected, abi::i32 h); // src/classes.cpp

} // namespace jsinterop::detail

namespace jsinterop::abi {

// ---- instance<T>: a T on the wasm heap, owned by one JS object ------------------------------

template <class T> struct instance_wire {
  static constexpr wire_type type = wire_type::Instance;
  using class_type = T;

  // An import's argument: a copy, which the new JS instance adopts.
  static detail::pack<i32> lend(const T &value) { return {address_of(new T(value))}; }
  // An export's argument (or the receiver): the instance's object itself, which JS checked is a
  // live instance of T. A by-value parameter copies it; a reference parameter borrows it.
  static T &lift(i32 pointer) { return *from_address<T>(pointer); }
  // An export's result, built by call_export with `new` (so that a T that cannot move still
  // crosses): the new JS instance adopts it.
  static i32 give_owned(T *fresh) { return address_of(fresh); }
  // A copy inside another value (an array's element, an optional, a promise's value).
  static detail::handle box(const T &value) {
    return detail::handle::adopt(
        detail::intrinsics::instance_box(detail::class_key_of<T>(), address_of(new T(value))));
  }
  static T take(detail::handle h) { return *pointer_or_fatal(h.get()); }
  static T unbox(i32 h) { return *pointer_or_fatal(h); }
  static bool fits(i32 h) { return detail::intrinsics::instance_pointer(h, detail::class_key_of<T>()) != 0; }

private:
  static T *pointer_or_fatal(i32 h) {
    i32 pointer = detail::intrinsics::instance_pointer(h, detail::class_key_of<T>());
    if (!pointer)
      detail::class_misfit(spelling<T>(), h);
    return from_address<T>(pointer);
  }
};

// ---- instance_or_null<T>: an export's T* parameter, borrowed ----------------------------------

template <class T> struct instance_or_null_wire {
  static constexpr wire_type type = wire_type::InstanceOrNull;
  using class_type = std::remove_const_t<T>;

  // The instance's object, or nullptr for null or undefined (JS passes 0).
  static T *lift(i32 pointer) { return from_address<T>(pointer); }
};

// ---- value_object<T>: a plain JS object of T's fields, copied both ways ----------------------
// JS reads a JS object once into an array of its field values, each checked and converted as its
// field's wire type; C++ builds T from that array. From C++, JS makes the object from an array of
// the boxed fields.

// A field's wire key. A field takes no marshal_as: its 64-bit integers cross as bigint at any depth
// (std::vector<std::int64_t> as array<int64_bigint>), as with marshal_as("bigint"), which changes
// nothing else.
template <class F> using field_key = as_bigint<F>;

template <class T, class Fields = detail::field_list_t<T>> struct value_object_wire;

template <class T, class... F> struct value_object_wire<T, detail::field_list<F...>> {
  static constexpr wire_type type = wire_type::ValueObject;
  using class_type = T;
  using field_keys = detail::field_list<field_key<F>...>;

  static detail::pack<detail::handle> lend(const T &value) { return {box(value)}; }
  static T lift(i32 fields) { return take(detail::handle::adopt(fields)); }
  static i32 give(const T &value) { return box(value).give_up(); }
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wc++26-extensions"
  static detail::handle box(const T &value) {
    auto fields = detail::handle::adopt(detail::intrinsics::array_new());
    const auto &[... field] = value;
    (detail::intrinsics::array_push(fields.get(), box_as<field_key<F>>(field).get()), ...);
    return detail::handle::adopt(detail::intrinsics::value_object_new(detail::class_key_of<T>(), fields.get()));
  }
#pragma clang diagnostic pop
  // The handle of the array of field values JS made (copy_in, or an argument JS checked).
  static T take(detail::handle fields) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return T{take_as<field_key<F>>(
          detail::handle::adopt(detail::intrinsics::array_get(fields.get(), static_cast<i32>(I))))...};
    }(std::index_sequence_for<F...>{});
  }
  static T unbox(i32 h) {
    auto fields = detail::handle::adopt(detail::intrinsics::value_object_fields(h, detail::class_key_of<T>()));
    if (!fields.get())
      detail::class_misfit(spelling<T>(), h);
    return take(std::move(fields));
  }
  static bool fits(i32 h) {
    return detail::handle::adopt(detail::intrinsics::value_object_fields(h, detail::class_key_of<T>())).get() != 0;
  }
};

// Whether a value of Key holds an instance (an instance, T*, or an array, optional or value object of
// them): an export that takes one opens a borrow_scope (detail/binding.h).
template <class Key> constexpr bool holds_instance() {
  using W = wire<Key>;
  if constexpr (W::type == wire_type::Instance || W::type == wire_type::InstanceOrNull)
    return true;
  else if constexpr (requires { typename W::element; })
    return holds_instance<typename W::element>();
  else if constexpr (requires { typename W::field_keys; })
    return []<class... F>(detail::field_list<F...> *) { return (holds_instance<F>() || ...); }(
        static_cast<typename W::field_keys *>(nullptr));
  else
    return false;
}

// ---- which classes have a wire -----------------------------------------------------------
// The definition of wire<T>, which every type without a wire of its own (a specialization in wire.h)
// reaches: a class's wire by its kind, else none. Asked here and not by specializations of wire<T>,
// so that the kind (argument-dependent lookup, which completes T and its template arguments) is
// looked up only for such types, not for every std::vector or std::function that has a wire.

template <class T> struct class_wire {}; // not a class the plugin bound: no wire
template <detail::exported_class T> struct class_wire<T> : instance_wire<T> {};
template <detail::value_object T> struct class_wire<T> : value_object_wire<T> {};
template <class T>
  requires detail::exported_class<std::remove_const_t<T>>
struct class_wire<T *> : instance_or_null_wire<T> {};

template <class T> struct wire : class_wire<T> {};

} // namespace jsinterop::abi

#endif
