// references and cv
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(bool &a, int &&b, const int &&c, volatile int d, const volatile int &e);
