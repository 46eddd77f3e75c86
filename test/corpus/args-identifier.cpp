// identifier arguments
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import(console)]] void f();
[[jsinterop::export(name)]] int g() { return 0; }
