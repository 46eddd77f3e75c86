// The consumer's program: C++ that calls a function of the "greeting" package, and one of Node's
// fs module for an argument that starts with "file:", and exports functions to JS. Also compiled by
// test/node/runtime/module-specifiers.test.js.
#include <jsinterop/jsinterop.h>

#include <cstdio>
#include <string>
#include <string_view>

[[jsinterop::import("greet", "Greeting")]]
std::string greet(std::string_view name);

[[jsinterop::import("existsSync", "Fs")]]
bool exists(std::string_view path);

namespace app {
[[jsinterop::export]] int add(int a, int b) { return a + b; }

// Registers the module Fs from a specifier given by JS ("node:fs", "fs", a path): false if it does not load.
[[jsinterop::export]] jsinterop::task<bool> load_fs(std::string specifier) {
  co_return bool(co_await jsinterop::host::import_module("Fs", specifier));
}
} // namespace app

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view argument = argv[i];
    if (argument.starts_with("file:")) {
      argument.remove_prefix(5);
      std::printf("%.*s %s\n", int(argument.size()), argument.data(), exists(argument) ? "exists" : "is missing");
    } else {
      std::printf("%s\n", greet(argument).c_str());
    }
  }
  return 0;
}
