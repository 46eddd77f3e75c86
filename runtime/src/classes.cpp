// What the class wires (detail/classes.h) share out of line: the message that ends a program when
// a value read as an instance or a value object is not one, and the destruction of instances JS
// disposes of while a call borrows them.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "jsinterop/wire.h"

void jsinterop::detail::class_misfit(std::string_view expected, abi::i32 h) {
  std::string explained; // "expected an instance of geo.Polygon, got ...", from the JS runtime
  intrinsics::explain_misfit(h, abi::address_of(expected.data()), static_cast<abi::i32>(expected.size()),
                             abi::address_of(&explained));
  fatal("jsinterop: " + explained);
}

namespace jsinterop::detail {

using destroy_function = void (*)(abi::i32 pointer); // a destroy_instance<T>

struct deferred_destruction {
  abi::i32 pointer;
  destroy_function destroy;
  deferred_destruction *next;
};

// From the microtask JS queues when jsinterop_dispose_instance defers the first destruction: no
// export is on the stack, so nothing is borrowed. A destructor may dispose of more instances (through
// an import): none is borrowed either, so they go at once.
void run_deferred_destructions() {
  while (deferred_destructions) {
    deferred_destruction *first = std::exchange(deferred_destructions, nullptr);
    while (first) {
      deferred_destruction *next = first->next;
      first->destroy(first->pointer);
      delete first;
      first = next;
    }
  }
}

} // namespace jsinterop::detail

// JS calls this from an instance's dispose() (and its finalizer): `destroy` is the table index of
// the class's destroy_instance<T>, the dispatcher of its record. Returns 0 when it destroyed the
// object, 1 when it deferred the first destruction since the last run (JS then queues a microtask
// that calls jsinterop_run_deferred_destructions), 2 when it deferred another.
__attribute__((export_name("jsinterop_dispose_instance"))) jsinterop::abi::i32
jsinterop_dispose_instance(jsinterop::abi::i32 pointer, jsinterop::abi::i32 destroy) {
  using namespace jsinterop::detail;
  auto function = reinterpret_cast<destroy_function>(static_cast<std::uintptr_t>(static_cast<std::uint32_t>(destroy)));
  if (borrow_depth == 0) {
    function(pointer);
    return 0;
  }
  bool first = deferred_destructions == nullptr;
  deferred_destructions = new deferred_destruction{pointer, function, deferred_destructions};
  return first ? 1 : 2;
}

__attribute__((export_name("jsinterop_run_deferred_destructions"))) void jsinterop_run_deferred_destructions() {
  jsinterop::detail::run_deferred_destructions();
}
