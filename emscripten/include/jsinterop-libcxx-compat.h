// What the jsinterop runtime's headers use from C++20's library and an old libc++ (13, in
// Emscripten 3.1.x's early releases) lacks, apart from <coroutine> (the header beside this one).
// jsinterop-em++ includes it first in every file, and only for such a sysroot (docs/emscripten.md).
#ifndef JSINTEROP_LIBCXX_COMPAT_H
#define JSINTEROP_LIBCXX_COMPAT_H

#include <version>

#if defined(_LIBCPP_VERSION) && _LIBCPP_VERSION < 14000 && defined(__cplusplus) && __cplusplus > 201703L
namespace std {
template <class To, class From>
constexpr To bit_cast(const From &from) noexcept {
  return __builtin_bit_cast(To, from);
}
} // namespace std
#endif

#endif
