#include <jsinterop/jsinterop.h>

[[jsinterop::import("globalThis.console.log")]] void console_log(std::string_view text);

namespace shared {
[[jsinterop::export]] int twice(int x);
}
