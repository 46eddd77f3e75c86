// Two misuses: an import with a body, and a 64-bit result without marshal_as.
#include <jsinterop/jsinterop.h>

#include <cstdint>
#include <string_view>

[[jsinterop::import("globalThis.console.log")]]
void console_log(std::string_view text) {}

[[jsinterop::import("Date.now")]]
std::int64_t date_now();

int main() {
  console_log("from C++");
  return static_cast<int>(date_now() % 2);
}
