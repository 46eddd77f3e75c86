// Property names as key handles (docs/design.md "Runtime intrinsics"): object::get/set/has pass a
// name the cache holds as a key `k` (one i32, a string JS interned once), else its bytes, which JS
// decodes at every call. The cache is direct-mapped by the name's address and verified against a
// copy of its bytes, so that a buffer reused for another name is never taken for the old one. A
// name is interned at its second use in a row at its entry: a name used once does not pay for
// interning, and a name that keeps evicting a hot one stays on the by-bytes path.
#ifndef JSINTEROP_DETAIL_PROPERTY_KEY_H
#define JSINTEROP_DETAIL_PROPERTY_KEY_H

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "jsinterop/abi/wasm.h"

namespace jsinterop::detail::property_keys {

// At most this many keys live in JS at once, one per entry.
inline constexpr std::size_t entries = 64;
// A longer name always goes by bytes: properties are mostly short names.
inline constexpr std::size_t longest = 32;

// A name at an address, with its bytes as they were.
struct seen_name {
  const char *data = nullptr;
  std::size_t size = longest + 1; // matches no name
  char bytes[longest];

  bool matches(std::string_view name) const {
    return data == name.data() && size == name.size() && (size == 0 || std::memcmp(bytes, name.data(), size) == 0);
  }
};

struct entry {
  seen_name interned; // the name of key, when key != 0
  abi::i32 key = 0;
  seen_name candidate; // the last name this entry saw that it has no key for
};

extern entry cache[entries];

inline entry &entry_of(const char *data) {
  return cache[(static_cast<std::uint32_t>(abi::address_of(data)) * 0x9e3779b1u) >> 26];
}
static_assert(entries == 64, "entry_of keeps the hash's top 6 bits");

// The cache missed: remembers the name, or interns it at its second use (property_keys.cpp).
abi::i32 key_on_miss(std::string_view name);

} // namespace jsinterop::detail::property_keys

namespace jsinterop::detail {

// The key handle of `name`, or 0: then pass its bytes.
inline abi::i32 property_key(std::string_view name) {
  property_keys::entry &entry = property_keys::entry_of(name.data());
  if (entry.key != 0 && entry.interned.matches(name)) {
    entry.candidate.size = property_keys::longest + 1; // another name here waits for two uses in a row
    return entry.key;
  }
  return property_keys::key_on_miss(name);
}

} // namespace jsinterop::detail

#endif
