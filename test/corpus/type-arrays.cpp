// array parameters
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(int a[], int b[3], int (&c)[3], int (*d)[3]);
