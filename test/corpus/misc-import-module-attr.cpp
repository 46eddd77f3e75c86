// wasm import_module/import_name on an import
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] __attribute__((import_module("m"), import_name("n"))) void f();
void g() { f(); }
