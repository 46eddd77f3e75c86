// emit LLVM IR
// corpus-flags: -S -emit-llvm -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(int);
void g() { f(1); }
