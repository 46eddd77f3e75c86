// wasm value types as C++ types, and linear-memory addresses as i32 (wasm32).
#ifndef JSINTEROP_ABI_WASM_H
#define JSINTEROP_ABI_WASM_H

#include <cstdint>

namespace jsinterop::abi {

using i32 = std::int32_t;
using i64 = std::int64_t;
using f32 = float;
using f64 = double;

template <class T> i32 address_of(T *pointer) {
  return static_cast<i32>(reinterpret_cast<std::uintptr_t>(pointer));
}
template <class T> T *from_address(i32 address) {
  return reinterpret_cast<T *>(static_cast<std::uintptr_t>(static_cast<std::uint32_t>(address)));
}

} // namespace jsinterop::abi

#endif
