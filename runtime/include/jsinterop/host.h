// jsinterop::host: the JS host (.NET's JSHost).
#ifndef JSINTEROP_HOST_H
#define JSINTEROP_HOST_H

#include "jsinterop/object.h"

namespace jsinterop::host {

inline object global_this() {
  return object(detail::handle::adopt(detail::intrinsics::global_this()));
}

} // namespace jsinterop::host

#endif
