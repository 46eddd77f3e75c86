// What the class wires (detail/classes.h) share out of line: the message that ends a program when
// a value read as an instance or a value object is not one.
#include <string>
#include <string_view>

#include "jsinterop/wire.h"

void jsinterop::detail::class_misfit(std::string_view expected, abi::i32 h) {
  std::string explained; // "expected an instance of geo.Polygon, got ...", from the JS runtime
  intrinsics::explain_misfit(h, abi::address_of(expected.data()), static_cast<abi::i32>(expected.size()),
                             abi::address_of(&explained));
  fatal("jsinterop: " + explained);
}
