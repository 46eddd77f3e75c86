// wide and u8 raw literals
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import(LR"(a)")]] void f();
[[jsinterop::import(u8R"(a)")]] void g();
[[jsinterop::import(uR"(a)")]] void h();
