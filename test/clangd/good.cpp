// A valid file: jsinterop-clangd publishes no diagnostic for it.
#include <jsinterop/jsinterop.h>

#include <cstdint>
#include <string>
#include <string_view>

[[jsinterop::import("globalThis.console.log")]]
void console_log(std::string_view text);

[[jsinterop::import("Date.now")]]
[[jsinterop::marshal_as("number")]] std::int64_t date_now();

namespace app {
[[jsinterop::export]] std::string greet(std::string_view name) {
  return "Hello, " + std::string(name);
}
} // namespace app

int main() {
  console_log(app::greet("editor"));
  return static_cast<int>(date_now() % 2);
}
