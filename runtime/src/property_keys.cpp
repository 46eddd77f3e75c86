// The cache of property keys (jsinterop/detail/property_key.h), and object's by-key-or-name paths
// that stay out of line. The cache is static, so that it allocates nothing (leak tests count the
// heap) and each key it releases is one it made.
#include "jsinterop/detail/property_key.h"

#include "jsinterop/object.h"

namespace jsinterop::detail::property_keys {

entry cache[entries];

abi::i32 key_on_miss(std::string_view name) {
  if (name.size() > longest)
    return 0;
  entry &entry = entry_of(name.data());
  if (!entry.candidate.matches(name)) {
    entry.candidate.data = name.data();
    entry.candidate.size = name.size();
    name.copy(entry.candidate.bytes, name.size());
    return 0;
  }
  if (entry.key != 0) // first, so that no more keys than entries ever live
    intrinsics::key_release(entry.key);
  entry.interned = entry.candidate;
  entry.key = intrinsics::key_new(abi::address_of(name.data()), static_cast<abi::i32>(name.size()));
  entry.candidate.size = longest + 1;
  return entry.key;
}

} // namespace jsinterop::detail::property_keys

namespace jsinterop {

namespace {
abi::i32 address(std::string_view name) { return abi::address_of(name.data()); }
abi::i32 length(std::string_view name) { return static_cast<abi::i32>(name.size()); }
} // namespace

bool object::has(std::string_view name) const {
  abi::i32 self = get();
  if (abi::i32 key = detail::property_key(name))
    return detail::intrinsics::object_has_key(self, key) != 0;
  return detail::intrinsics::object_has(self, address(name), length(name)) != 0;
}

detail::handle object::property(std::string_view name) const {
  abi::i32 self = get();
  if (abi::i32 key = detail::property_key(name))
    return detail::handle::adopt(detail::intrinsics::object_get_key(self, key));
  return detail::handle::adopt(detail::intrinsics::object_get(self, address(name), length(name)));
}

void object::set_boxed(std::string_view name, abi::i32 h) {
  auto boxed = detail::handle::adopt(h);
  abi::i32 self = get();
  if (abi::i32 key = detail::property_key(name))
    detail::intrinsics::object_set_key(self, key, boxed.get());
  else
    detail::intrinsics::object_set(self, address(name), length(name), boxed.get());
}

} // namespace jsinterop
