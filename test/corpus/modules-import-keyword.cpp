// import declaration of a missing module
// corpus-flags: -fsyntax-only -x c++-module
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
import m;
[[jsinterop::import("a")]] void f();
