// The consumer's program: imports a function of a JS module, exports one, prints a greeting.
#include <jsinterop/jsinterop.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "greeting.h"

// Resolved in the module that jsinterop-run registers as "Names" (names.mjs).
[[jsinterop::import("fullName", "Names")]] std::string full_name(std::string_view first);

[[jsinterop::export]] int add(int a, int b) { return a + b; }

int main(int argc, char** argv) {
  std::printf("%s\n", greeting(full_name(argc > 1 ? argv[1] : "nobody")).c_str());
  return 0;
}
