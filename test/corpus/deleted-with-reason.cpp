// = delete with a reason
// corpus-flags: -fsyntax-only -std=c++2c
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::export]] int f() = delete("no");
