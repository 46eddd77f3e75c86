// How the runtime library ends a program that cannot go on, so that the JS runtime can say what
// happened (docs/design.md, "What ends a program, and what it prints"): abort() and out of memory
// end it through the fatal intrinsic with a message, not as a bare trap that says "unreachable".
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "jsinterop/wire.h"

// wasi-libc's abort() is a bare trap, which the JS runtime could not tell from __builtin_trap().
// This definition replaces it (the library is linked whole, before libc); assert(), std::terminate
// and libc++'s verbose abort all end here. Weak: a program that defines its own abort() keeps it.
extern "C" __attribute__((weak)) void abort() { jsinterop::detail::fatal("jsinterop: abort() was called"); }

void jsinterop::detail::out_of_memory(std::size_t bytes) {
  char message[80]; // not a std::string: there is no memory to build one in
  int length = std::snprintf(message, sizeof message, "jsinterop: out of memory (allocating %zu bytes)", bytes);
  fatal(std::string_view(message, static_cast<std::size_t>(length)));
}
