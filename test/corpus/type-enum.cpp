// enums
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
enum E { A };
enum class F : long long { B };
[[jsinterop::import("a")]] void f(E a, F b);
[[jsinterop::export]] E g() { return A; }
