// The smallest jsinterop program: C++ calls console.log and a function of a JS module, and
// exports a function that JS calls with a string.
#include <jsinterop/jsinterop.h>

#include <cstdio>
#include <string>
#include <string_view>

[[jsinterop::import("globalThis.console.log")]]
void console_log(std::string_view text);

// Resolved in the module that JS registers as "HelloShim" (hello/HelloShim.mjs).
[[jsinterop::import("describe", "HelloShim")]]
std::string describe(std::string_view what, int count, double weight);

namespace hello {
// JS reaches it as app.exports.hello.greet(name).
[[jsinterop::export]] std::string greet(std::string_view name) {
  return "Hello, " + std::string(name) + ", from C++!";
}
} // namespace hello

int main() {
  std::printf("printf from C++\n");
  console_log("console.log from C++");
  std::printf("%s\n", describe("apples", 3, 0.25).c_str());
  return 0;
}
