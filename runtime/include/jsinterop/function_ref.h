// jsinterop::function_ref<R(A...)>: a C++ callable lent to JS for the duration of one import call
// (as std::span lends memory). JS gets a function that works until the import returns; then the
// runtime revokes it at once (docs/lifetimes.md), without waiting for the garbage collector, and
// a later call throws an Error in JS. Like C++26's std::function_ref it does not own the callable.
#ifndef JSINTEROP_FUNCTION_REF_H
#define JSINTEROP_FUNCTION_REF_H

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace jsinterop {

template <class Signature> class function_ref;

template <class R, class... A> class function_ref<R(A...)> {
public:
  // Refers to `callable` (a lambda, a std::function, any function object), which must outlive
  // the call it is passed to.
  template <class F>
    requires(!std::is_same_v<std::remove_cvref_t<F>, function_ref> &&
             std::is_object_v<std::remove_reference_t<F>> && std::is_invocable_r_v<R, F &, A...>)
  function_ref(F &&callable) noexcept // NOLINT(google-explicit-constructor): as std::function_ref
      : callable_(const_cast<void *>(static_cast<const void *>(std::addressof(callable)))),
        call_([](void *target, A... args) -> R {
          return std::invoke(*static_cast<std::remove_reference_t<F> *>(target), std::forward<A>(args)...);
        }) {}

  R operator()(A... args) const { return call_(callable_, std::forward<A>(args)...); }

private:
  void *callable_;
  R (*call_)(void *, A...);
};

} // namespace jsinterop

#endif
