// jsinterop::host: the JS host (.NET's JSHost).
#ifndef JSINTEROP_HOST_H
#define JSINTEROP_HOST_H

#include <string_view>

#include "jsinterop/object.h"
#include "jsinterop/result.h"
#include "jsinterop/task.h"
#include "jsinterop/wire.h"

namespace jsinterop::host {

// globalThis (JSHost.GlobalThis).
inline object global_this() {
  return object(detail::handle::adopt(detail::intrinsics::global_this()));
}

// import(url), registered as the module `name` of [[jsinterop::import(path, name)]] once it has
// loaded (JSHost.ImportAsync). A failed import is an error value.
inline task<result<void>> import_module(std::string_view name, std::string_view url) {
  return abi::wire<task<result<void>>>::lift(detail::intrinsics::import_module(
      abi::address_of(name.data()), static_cast<abi::i32>(name.size()), abi::address_of(url.data()),
      static_cast<abi::i32>(url.size())));
}

} // namespace jsinterop::host

#endif
